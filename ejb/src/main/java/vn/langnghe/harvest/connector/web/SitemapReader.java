package vn.langnghe.harvest.connector.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.CappedInflater;

/**
 * Streams the entries of a sitemap or sitemap index (sitemaps.org protocol 0.9, with the Google News
 * extension) without building a tree: the JDK's StAX parser with DTDs refused, gzip sitemaps
 * decompressed under the body limit, and at most {@link #MAX_ENTRIES} entries, the protocol's own cap.
 */
final class SitemapReader {
    static final int MAX_ENTRIES = 50_000;
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    /**
     * @param index     position in the document, from 0
     * @param newsTitle Google News {@code news:title}, or null
     * @param newsDate  Google News {@code news:publication_date}, or null
     */
    record Entry(int index, String loc, Instant lastmod, String newsTitle, Instant newsDate) {
    }

    /** @param isIndex a {@code <sitemapindex>} (entries are sitemaps) rather than a {@code <urlset>} */
    record Summary(boolean isIndex, int entries) {
    }

    private SitemapReader() {
    }

    static Summary read(byte[] body, String where, long maxBytes, Consumer<Entry> each) throws BadReplyException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = new ByteArrayInputStream(expanded(body, maxBytes, where))) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            Boolean isIndex = null;
            int count = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new BadReplyException("the sitemap from " + where + " declares a DOCTYPE, which sitemaps do "
                            + "not use and which can read server files or expand into billions of characters; refused");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (isIndex == null) {
                    if (!name.equals("urlset") && !name.equals("sitemapindex")) {
                        throw new BadReplyException("the reply from " + where + " is not a sitemap (its root element is <"
                                + name + ">)");
                    }
                    isIndex = name.equals("sitemapindex");
                } else if (name.equals(isIndex ? "sitemap" : "url")) {
                    if (count == MAX_ENTRIES) {
                        throw new BadReplyException("the sitemap from " + where + " lists more than " + MAX_ENTRIES
                                + " entries, the sitemap protocol's limit; nothing was kept");
                    }
                    each.accept(entry(r, count++, name));
                }
            }
            if (isIndex == null) {
                throw new BadReplyException("the reply from " + where + " is empty, not a sitemap");
            }
            return new Summary(isIndex, count);
        } catch (XMLStreamException e) {
            throw new BadReplyException("the sitemap from " + where + " is not well-formed XML ("
                    + String.valueOf(e.getMessage()).replace('\n', ' ') + "); nothing was kept", e);
        } catch (IOException e) {
            throw new BadReplyException("the sitemap from " + where + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads one {@code <url>} or {@code <sitemap>} up to its end tag. */
    private static Entry entry(XMLStreamReader r, int index, String element) throws XMLStreamException {
        String loc = null;
        Instant lastmod = null;
        String newsTitle = null;
        Instant newsDate = null;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                boolean news = NEWS_NS.equals(r.getNamespaceURI());
                if (!news && name.equals("loc")) {
                    loc = r.getElementText().strip();
                } else if (!news && name.equals("lastmod")) {
                    lastmod = w3cDate(r.getElementText());
                } else if (news && name.equals("title")) {
                    newsTitle = r.getElementText().strip();
                } else if (news && name.equals("publication_date")) {
                    newsDate = w3cDate(r.getElementText());
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new Entry(index, loc, lastmod, newsTitle == null || newsTitle.isEmpty() ? null : newsTitle, newsDate);
    }

    /** W3C Datetime as sitemaps use it: a date, or a date and time with a zone. */
    static Instant w3cDate(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** A gzip sitemap ({@code .xml.gz}) expanded within the body limit: a small gzip can expand to gigabytes. */
    private static byte[] expanded(byte[] body, long maxBytes, String where) throws BadReplyException {
        if (!CappedInflater.looksGzipped(body)) {
            return body;
        }
        try {
            return CappedInflater.gunzip(body, maxBytes);
        } catch (CappedInflater.TooLarge e) {
            throw new BadReplyException("the gzip sitemap from " + where + " expands to more than "
                    + maxBytes / (1024 * 1024) + " MB; refused", e);
        } catch (IOException e) {
            throw new BadReplyException("the gzip sitemap from " + where + " cannot be read: " + e.getMessage(), e);
        }
    }
}
