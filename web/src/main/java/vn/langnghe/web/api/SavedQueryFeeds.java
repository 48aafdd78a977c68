package vn.langnghe.web.api;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import vn.langnghe.savedquery.SavedQuery;
import vn.langnghe.search.Arrival;
import vn.langnghe.search.NewestArrivals;
import vn.langnghe.search.PostView;

/**
 * Writes a saved query's newest arrivals as Atom 1.0 or RSS 2.0 with ROME's wire models (so every element
 * is ours, not a guess of the generic converter). Text stays text: Atom titles and contents are
 * {@code type="text"}, RSS descriptions are HTML by convention, so the post's text is HTML-escaped in
 * them before ROME escapes the XML: a {@code <script>} in a post is shown, never run. Links are absolute
 * and paging follows RFC 5005 (self, first, previous, next); ids are stable ({@code tag:} URIs for Atom,
 * the post id as a non-permalink guid for RSS); dates are RFC 3339 (Atom) and RFC 822 (RSS), as ROME
 * writes them. The entity tag and last-modified time for conditional GET are worked out here too.
 */
final class SavedQueryFeeds {
    /** Entries of one feed page. */
    static final int ROWS = 50;
    /** Pages a feed reaches (the search's depth limit, 10,000 entries). */
    static final int MAX_PAGE = 200;
    static final String ATOM_TYPE = "application/atom+xml;charset=utf-8";
    static final String RSS_TYPE = "application/rss+xml;charset=utf-8";
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    /** The tag URI authority of every id (RFC 4151): ours, dated once, never to change. */
    private static final String TAG = "tag:langnghe.vn,2026:";

    enum Format {
        ATOM("atom", "atom_1.0", ATOM_TYPE), RSS("rss", "rss_2.0", RSS_TYPE);

        final String suffix;
        final String romeType;
        final String mediaType;

        Format(String suffix, String romeType, String mediaType) {
            this.suffix = suffix;
            this.romeType = romeType;
            this.mediaType = mediaType;
        }
    }

    private SavedQueryFeeds() {
    }

    /**
     * The feed document. {@code base} is the feed's own absolute address without query (the paging links
     * add {@code ?page=}); {@code site} the platform's root, for the post pages' links.
     */
    static String write(Format format, SavedQuery query, NewestArrivals page, URI base, URI site) {
        WireFeed feed = format == Format.ATOM ? atom(query, page, base, site) : rss(query, page, base, site);
        feed.setEncoding("UTF-8");
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed could not be written: " + e.getMessage(), e);
        }
    }

    private static Feed atom(SavedQuery query, NewestArrivals page, URI base, URI site) {
        Feed f = new Feed("atom_1.0");
        f.setId(TAG + "saved-query:" + query.id());
        f.setTitleEx(text(title(query)));
        if (query.description() != null && !query.description().isBlank()) {
            f.setSubtitle(text(query.description()));
        }
        f.setUpdated(Date.from(updated(query, page)));
        Person author = new Person();
        author.setName("Lắng Nghe");
        f.setAuthors(List.of(author));
        List<Link> links = new ArrayList<>();
        links.add(link("self", pageUri(base, page.page()), Format.ATOM.mediaType));
        links.add(link("first", pageUri(base, 1), Format.ATOM.mediaType));
        if (page.page() > 1) {
            links.add(link("previous", pageUri(base, page.page() - 1), Format.ATOM.mediaType));
        }
        if (page.hasNext() && page.page() < MAX_PAGE) {
            links.add(link("next", pageUri(base, page.page() + 1), Format.ATOM.mediaType));
        }
        f.setOtherLinks(links);
        f.setAlternateLinks(List.of(link("alternate", site.resolve("search?" + query.state().query()).toString(), "text/html")));
        List<Entry> entries = new ArrayList<>();
        for (Arrival a : page.posts()) {
            PostView p = a.post();
            Entry e = new Entry();
            e.setId(TAG + "post:" + p.id());
            e.setTitleEx(text(entryTitle(p)));
            e.setUpdated(Date.from(arrived(a)));
            if (p.createdAt() != null) {
                e.setPublished(Date.from(p.createdAt()));
            }
            Content c = text(p.text() == null ? "" : p.text());
            e.setContents(List.of(c));
            List<Link> alternate = new ArrayList<>();
            alternate.add(link("alternate", postPage(site, p), "text/html"));
            if (httpUrl(p.url())) {
                alternate.add(link("related", p.url(), null));
            }
            e.setAlternateLinks(List.of(alternate.get(0)));
            e.setOtherLinks(alternate.subList(1, alternate.size()));
            if (p.authorName() != null && !p.authorName().isBlank()) {
                Person who = new Person();
                who.setName(p.authorName());
                e.setAuthors(List.<SyndPerson>of(who));
            }
            List<com.rometools.rome.feed.atom.Category> cats = new ArrayList<>();
            for (String t : p.topics()) {
                com.rometools.rome.feed.atom.Category cat = new com.rometools.rome.feed.atom.Category();
                cat.setTerm(t);
                cats.add(cat);
            }
            e.setCategories(cats);
            entries.add(e);
        }
        f.setEntries(entries);
        return f;
    }

    private static Channel rss(SavedQuery query, NewestArrivals page, URI base, URI site) {
        Channel c = new Channel("rss_2.0");
        c.setTitle(title(query));
        c.setLink(site.resolve("search?" + query.state().query()).toString());
        c.setDescription(query.description() == null || query.description().isBlank()
                ? "Lắng Nghe: " + query.name() : query.description());
        Date updated = Date.from(updated(query, page));
        c.setLastBuildDate(updated);
        c.setPubDate(updated);
        c.setGenerator("Lắng Nghe");
        // the RSS advisory board's atom:link rel="self" (and RFC 5005's paging links, which readers know)
        List<Element> links = new ArrayList<>();
        links.add(atomLink("self", pageUri(base, page.page())));
        links.add(atomLink("first", pageUri(base, 1)));
        if (page.page() > 1) {
            links.add(atomLink("previous", pageUri(base, page.page() - 1)));
        }
        if (page.hasNext() && page.page() < MAX_PAGE) {
            links.add(atomLink("next", pageUri(base, page.page() + 1)));
        }
        c.setForeignMarkup(links);
        List<Item> items = new ArrayList<>();
        for (Arrival a : page.posts()) {
            PostView p = a.post();
            Item i = new Item();
            i.setTitle(entryTitle(p));
            i.setLink(postPage(site, p));
            Guid g = new Guid();
            g.setPermaLink(false);
            g.setValue(TAG + "post:" + p.id());
            i.setGuid(g);
            i.setPubDate(Date.from(arrived(a)));
            Description d = new Description();
            d.setType("text/html");
            d.setValue(html(p.text() == null ? "" : p.text()));
            i.setDescription(d);
            List<com.rometools.rome.feed.rss.Category> cats = new ArrayList<>();
            for (String t : p.topics()) {
                com.rometools.rome.feed.rss.Category cat = new com.rometools.rome.feed.rss.Category();
                cat.setValue(t);
                cats.add(cat);
            }
            i.setCategories(cats);
            if (p.authorName() != null && !p.authorName().isBlank()) {
                // RSS's own author element must be an e-mail address; Dublin Core's creator takes a name
                DCModule dc = new DCModuleImpl();
                dc.setCreator(p.authorName());
                i.setModules(new ArrayList<Module>(List.of(dc)));
            }
            items.add(i);
        }
        c.setItems(items);
        return c;
    }

    /**
     * A strong entity tag: a hash of the representation's format, the query's state, the reader's masking,
     * the page and each entry's id, arrival and last indexing (a re-harvest or correction changes the
     * entry, and so the tag).
     */
    static String etag(Format format, SavedQuery query, boolean cleared, NewestArrivals page) {
        StringBuilder s = new StringBuilder().append(format.suffix).append('\n').append(query.id()).append('\n')
                .append(query.name()).append('\n').append(query.description()).append('\n')
                .append(query.state().query()).append('\n').append(cleared).append('\n').append(page.page())
                .append('\n').append(page.total()).append('\n');
        for (Arrival a : page.posts()) {
            s.append(a.post().id()).append('|').append(a.firstIndexedAt()).append('|').append(a.indexedAt()).append('\n');
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * When the page last changed: the latest arrival or re-indexing of its entries (whole seconds, as HTTP
     * dates go); null for an empty page (then only the entity tag answers conditional requests).
     */
    static Instant lastModified(NewestArrivals page) {
        Instant last = null;
        for (Arrival a : page.posts()) {
            for (Instant t : new Instant[] {a.firstIndexedAt(), a.indexedAt()}) {
                if (t != null && (last == null || t.isAfter(last))) {
                    last = t;
                }
            }
        }
        return last == null ? null : last.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A number from the query string, or the default when blank; outside the bounds a bad-request problem. */
    static int number(String s, int blank, int min, int max, String name) {
        if (s == null || s.isBlank()) {
            return blank;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ApiProblem(ProblemType.BAD_REQUEST, "\"" + name + "\" is a whole number from " + min + " to " + max);
    }

    private static Instant updated(SavedQuery query, NewestArrivals page) {
        Instant last = lastModified(page);
        return last != null ? last : query.updatedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant arrived(Arrival a) {
        if (a.firstIndexedAt() != null) {
            return a.firstIndexedAt();
        }
        return a.indexedAt() != null ? a.indexedAt() : a.post().createdAt();
    }

    private static String title(SavedQuery query) {
        return "Lắng Nghe: " + query.name();
    }

    private static String entryTitle(PostView p) {
        if (p.title() != null && !p.title().isBlank()) {
            return p.title();
        }
        String t = p.text() == null ? "" : p.text().strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return p.platform() + " " + p.kind();
        }
        return t.length() <= 100 ? t : t.substring(0, Character.isHighSurrogate(t.charAt(99)) ? 99 : 100) + "…";
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(value);
        return c;
    }

    private static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        if (type != null) {
            l.setType(type);
        }
        return l;
    }

    private static Element atomLink(String rel, String href) {
        return new Element("link", ATOM).setAttribute("rel", rel).setAttribute("href", href)
                .setAttribute("type", Format.RSS.mediaType.substring(0, Format.RSS.mediaType.indexOf(';')));
    }

    private static String pageUri(URI base, int page) {
        return page == 1 ? base.toString() : base + "?page=" + page;
    }

    private static String postPage(URI site, PostView p) {
        return site.resolve("post?id=" + java.net.URLEncoder.encode(p.id(), StandardCharsets.UTF_8)).toString();
    }

    private static boolean httpUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.indexOf(' ') < 0;
    }

    /** Text as HTML that shows it: the five characters HTML reads as markup, escaped. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
