package vn.langnghe.harvest.connector.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jdom2.Element;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.StrictText;

/**
 * One feed document, read defensively. An HTML page (a wrong feed URL) is named as such first. Before
 * ROME sees the text, a streaming pass with the JDK's own StAX parser refuses any DOCTYPE (external entities read local files, nested entities expand to
 * gigabytes: XXE and "billion laughs"), counts the entries against the page limit without building a
 * tree, and checks that the root is a feed. ROME's own refusal of doctypes stays on as a second guard,
 * but it depends on which SAX parser the server supplies; this pass does not.
 *
 * @param nextUrl the RFC 5005 {@code rel="next"} page, absolute, or null
 */
record FeedDocument(SyndFeed feed, String nextUrl) {
    private static final Set<String> ROOTS = Set.of("rss", "feed", "RDF");
    private static final Set<String> ENTRIES = Set.of("item", "entry");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    /** "GMT+7", as Tuổi Trẻ writes its RFC 822 dates, which ROME's date masks do not read. */
    private static final Pattern GMT_OFFSET = Pattern.compile(
            "(<(pubDate|lastBuildDate)>\\s*(?:<!\\[CDATA\\[)?[^<\\]]*?)GMT([+-])(\\d{1,2})(?::?(\\d{2}))?(?=\\s*(?:]]>)?\\s*</\\2>)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    static FeedDocument read(HttpReply reply, int maxEntries) throws BadReplyException {
        String where = reply.uri().getHost();
        String text = gmtOffsets(decode(reply));
        prescan(text, maxEntries, where);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(text));
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadReplyException("the feed from " + where + " cannot be read as RSS, Atom or RDF ("
                    + e.getMessage() + "); nothing was kept", e);
        }
        return new FeedDocument(feed, nextLink(feed, reply.uri()));
    }

    /** Rewrites "GMT+7" into the numeric zone "+0700" that RFC 822 allows, inside date elements only. */
    static String gmtOffsets(String text) {
        if (!text.contains("GMT+") && !text.contains("GMT-")) {
            return text;
        }
        Matcher m = GMT_OFFSET.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String hours = m.group(4).length() == 1 ? "0" + m.group(4) : m.group(4);
            String minutes = m.group(5) == null ? "00" : m.group(5);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(3) + hours + minutes));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The text in the charset the reply declares (HTTP header first, as RFC 7303 says, then a byte-order
     * mark, then the XML declaration, else UTF-8). Malformed bytes are refused, not replaced.
     */
    static String decode(HttpReply reply) throws BadReplyException {
        byte[] body = reply.body();
        Charset cs = headerCharset(reply);
        int skip = 0;
        if (cs == null) {
            if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
                cs = StandardCharsets.UTF_8;
                skip = 3;
            } else if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                    || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
                cs = StandardCharsets.UTF_16;
            } else {
                cs = declaredCharset(body);
            }
        }
        String s = StrictText.decode(body, skip, cs, "the feed from " + reply.uri().getHost());
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static Charset headerCharset(HttpReply reply) {
        for (String part : reply.header("Content-Type").orElse("").split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return charset(p.substring(8).replace("\"", "").trim());
            }
        }
        return null;
    }

    private static Charset declaredCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        Charset cs = m.find() ? charset(m.group(1)) : null;
        return cs != null ? cs : StandardCharsets.UTF_8;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static void prescan(String text, int maxEntries, String where) throws BadReplyException {
        if (HtmlPage.startsOne(text)) {
            throw new BadReplyException("the feed URL on " + where + " answered an HTML page, not an RSS, Atom or RDF "
                    + "feed; check it (a site names its feeds in its pages' <link rel=\"alternate\" "
                    + "type=\"application/rss+xml\">); nothing was kept");
        }
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // the same repair of HTML entities (&nbsp;) that ROME applies, so both passes see one document
        try (Reader in = new XmlFixerReader(new StringReader(text))) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            int entries = 0;
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new BadReplyException("the feed from " + where + " declares a DOCTYPE, which feeds do "
                            + "not need and which can read server files (XXE) or expand into billions of "
                            + "characters; the feed was refused and nothing was kept");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (root) {
                        if (!ROOTS.contains(name)) {
                            throw new BadReplyException("the reply from " + where + " is not an RSS, Atom or RDF "
                                    + "feed (its root element is <" + name + ">); nothing was kept");
                        }
                        root = false;
                    } else if (ENTRIES.contains(name) && ++entries > maxEntries) {
                        throw new BadReplyException("the feed from " + where + " holds more than " + maxEntries
                                + " entries, more than the limit per page; nothing was kept");
                    }
                }
            }
            if (root) {
                throw new BadReplyException("the reply from " + where + " is empty, not a feed");
            }
        } catch (XMLStreamException e) {
            throw new BadReplyException("the feed from " + where + " is not well-formed XML ("
                    + firstLine(e.getMessage()) + "); nothing was kept", e);
        } catch (java.io.IOException e) {
            throw new BadReplyException("the feed from " + where + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Atom's own {@code <link rel="next">}, or an {@code atom:link} inside an RSS channel. */
    private static String nextLink(SyndFeed feed, URI base) {
        String href = null;
        for (SyndLink l : feed.getLinks()) {
            if ("next".equals(l.getRel()) && l.getHref() != null && !l.getHref().isBlank()) {
                href = l.getHref();
            }
        }
        if (href == null) {
            for (Element e : feed.getForeignMarkup()) {
                if ("link".equals(e.getName()) && ATOM_NS.equals(e.getNamespaceURI())
                        && "next".equals(e.getAttributeValue("rel"))) {
                    href = e.getAttributeValue("href");
                }
            }
        }
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI next = base.resolve(href.trim());
            String scheme = next.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? next.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String one = s.replace("\r", "");
        int nl = one.indexOf('\n');
        if (nl >= 0 && one.startsWith("ParseError")) {
            // the JDK puts the position on the first line and the reason on the second
            return one.replace('\n', ' ');
        }
        return nl < 0 ? one : one.substring(0, nl);
    }
}
