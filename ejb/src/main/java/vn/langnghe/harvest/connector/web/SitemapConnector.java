package vn.langnghe.harvest.connector.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RemoteFailureException;

/**
 * Walks a sitemap, or each sitemap of a sitemap index, {@code pageSize} pages per fetch. The cursor
 * holds the position ({@code map}: which sitemap of the index, {@code pos}: which entry) and the
 * {@code lastmod} watermark ({@code since}): once a walk ends, later walks take only pages (and child
 * sitemaps) whose {@code lastmod} is newer. Pages without {@code lastmod} are taken by the first walk
 * only ({@code walked}); their changes cannot be seen.
 *
 * <p>Pages that are gone (404, 410), private (401, 403) or without text are skipped and logged: a
 * sitemap is a list kept by someone else, and one stale entry must not stop the rest. A hostile
 * document (zip bomb, bad encoding, over the size limit) stops the page with its URL in the message.
 */
final class SitemapConnector implements Connector {
    private static final Logger LOG = Logger.getLogger(SitemapConnector.class.getName());
    private static final String SITEMAP_ACCEPT = "application/xml, text/xml;q=0.9, application/gzip;q=0.8, */*;q=0.1";

    private final String url;
    private final int pageSize;
    private final WebClient client;
    private final DocumentText text;
    private final ConnectorContext context;
    /** Entries the current fetch skipped, and why. */
    private final List<String> skipped = new ArrayList<>();

    SitemapConnector(String url, int pageSize, WebClient client, DocumentText text, ConnectorContext context) {
        this.url = url;
        this.pageSize = pageSize;
        this.client = client;
        this.text = text;
        this.context = context;
    }

    /** Collects the entries of one fetch, after {@code from}, and the newest {@code lastmod} seen. */
    private static final class Collector implements Consumer<SitemapReader.Entry> {
        private final int from;
        private final int size;
        private final Instant since;
        private final boolean walked;
        final List<SitemapReader.Entry> taken = new ArrayList<>();
        int resumeAt = -1;
        Instant newest;

        Collector(int from, int size, Instant since, boolean walked) {
            this.from = from;
            this.size = size;
            this.since = since;
            this.walked = walked;
        }

        @Override
        public void accept(SitemapReader.Entry e) {
            if (e.lastmod() != null && (newest == null || e.lastmod().isAfter(newest))) {
                newest = e.lastmod();
            }
            if (e.index() < from || resumeAt >= 0 || e.loc() == null || e.loc().isEmpty()) {
                return;
            }
            if (taken.size() == size) {
                resumeAt = e.index();
            } else if (changed(e, since, walked)) {
                taken.add(e);
            }
        }
    }

    static boolean changed(SitemapReader.Entry e, Instant since, boolean walked) {
        if (e.lastmod() == null) {
            return !walked;
        }
        return since == null || e.lastmod().isAfter(since);
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        skipped.clear();
        Page page = walk(cursorText);
        return page.withNote(Page.skippedNote(skipped, "sitemap entries"));
    }

    private Page walk(String cursorText) throws ConnectorException {
        Cursor c = Cursor.parse(cursorText);
        Instant since = c.epochMilliPart("since");
        Instant top = c.epochMilliPart("top");
        boolean walked = "1".equals(c.get("walked"));
        int map = Math.max(0, c.intPart("map", 0));
        int pos = Math.max(0, c.intPart("pos", 0));
        URI root = URI.create(url);
        long limit = context.http().limits().maxBodyBytes();

        HttpReply reply = client.get(root, SITEMAP_ACCEPT, Map.of());
        client.requireSuccess(reply);
        Collector rootPage = new Collector(pos, pageSize, since, walked);
        List<SitemapReader.Entry> children = new ArrayList<>();
        SitemapReader.Summary summary = SitemapReader.read(reply.body(), root.getHost(), limit,
                e -> { children.add(e); rootPage.accept(e); });
        top = later(top, rootPage.newest);

        Collector page;
        Cursor next;
        if (!summary.isIndex()) {
            page = rootPage;
            next = page.resumeAt >= 0 ? walking(since, top, walked, 0, page.resumeAt) : null;
        } else {
            int child = firstChanged(children, map, since, walked);
            if (child < 0) {
                return endWalk(List.of(), since, top);
            }
            page = new Collector(child == map ? pos : 0, pageSize, since, walked);
            readChild(children.get(child).loc(), root, limit, page);
            top = later(top, page.newest);
            if (page.resumeAt >= 0) {
                next = walking(since, top, walked, child, page.resumeAt);
            } else {
                int after = firstChanged(children, child + 1, since, walked);
                next = after < 0 ? null : walking(since, top, walked, after, 0);
            }
        }
        List<HarvestedItem> items = new ArrayList<>(page.taken.size());
        for (SitemapReader.Entry e : page.taken) {
            HarvestedItem item = item(e, root);
            if (item != null) {
                items.add(item);
            }
        }
        if (next == null) {
            return endWalk(items, since, top);
        }
        return new Page(items, next.text(), true);
    }

    private static Cursor walking(Instant since, Instant top, boolean walked, int map, int pos) {
        return Cursor.empty().with("since", millis(since)).with("top", millis(top))
                .with("walked", walked ? "1" : null).with("map", Integer.toString(map)).with("pos", Integer.toString(pos));
    }

    private static Page endWalk(List<HarvestedItem> items, Instant since, Instant top) {
        Instant watermark = later(since, top);
        return Page.last(items, Cursor.empty().with("since", millis(watermark)).with("walked", "1").text());
    }

    private static int firstChanged(List<SitemapReader.Entry> children, int from, Instant since, boolean walked) {
        for (int i = Math.max(0, from); i < children.size(); i++) {
            SitemapReader.Entry e = children.get(i);
            if (e.loc() != null && !e.loc().isEmpty() && changed(e, since, walked)) {
                return i;
            }
        }
        return -1;
    }

    private void readChild(String loc, URI root, long limit, Collector page) throws ConnectorException {
        URI uri;
        try {
            uri = root.resolve(loc);
        } catch (IllegalArgumentException e) {
            throw new BadReplyException("the sitemap index at " + root.getHost() + " lists \"" + loc + "\", which is not a URL");
        }
        if (!sameHost(uri, root)) {
            throw new BadReplyException("the sitemap index at " + root.getHost() + " points to a sitemap on another "
                    + "host (" + uri.getHost() + "), which the sitemap protocol does not allow");
        }
        HttpReply reply = client.get(uri, SITEMAP_ACCEPT, Map.of());
        if (reply.status() == 404 || reply.status() == 410) {
            LOG.log(Level.INFO, "sitemap {0} listed in the index is gone (HTTP {1}); skipped",
                    new Object[] {uri, reply.status()});
            skipped.add(uri + " (sitemap gone, HTTP " + reply.status() + ")");
            return;
        }
        client.requireSuccess(reply);
        SitemapReader.Summary s = SitemapReader.read(reply.body(), uri.getHost(), limit, page);
        if (s.isIndex()) {
            throw new BadReplyException("the sitemap " + uri + " is itself an index; sitemap indexes cannot be nested");
        }
    }

    private HarvestedItem item(SitemapReader.Entry e, URI root) throws ConnectorException {
        URI uri;
        try {
            uri = root.resolve(e.loc());
        } catch (IllegalArgumentException ex) {
            LOG.log(Level.INFO, "sitemap entry {0} is not a URL; skipped", e.loc());
            skipped.add("\"" + e.loc() + "\" (not a URL)");
            return null;
        }
        if (!sameHost(uri, root)) {
            // the protocol allows only the sitemap's own host, and a sitemap must not steer us elsewhere
            LOG.log(Level.INFO, "sitemap entry {0} is on another host; skipped", uri);
            skipped.add(uri + " (another host)");
            return null;
        }
        HttpReply reply = client.get(uri, WebClient.ACCEPT, Map.of());
        if (!reply.ok()) {
            var wait = client.slowDown(reply);
            if (wait != null) {
                throw wait;
            }
            if (reply.status() >= 500) {
                throw new RemoteFailureException(uri.getHost() + " failed (HTTP " + reply.status() + ") on " + uri.getPath());
            }
            LOG.log(Level.INFO, "page {0} answered HTTP {1}; skipped", new Object[] {uri, reply.status()});
            skipped.add(uri + " (HTTP " + reply.status() + ")");
            return null;
        }
        DocumentText.Extracted doc;
        try {
            doc = text.extract(reply.body(), uri.toString(), reply.header("Content-Type").orElse(null));
        } catch (DocumentText.NoTextException ex) {
            LOG.log(Level.INFO, "{0}; skipped", ex.getMessage());
            skipped.add(uri + " (" + ex.getMessage() + ")");
            return null;
        }
        Instant created = e.newsDate() != null ? e.newsDate()
                : e.lastmod() != null ? e.lastmod()
                : doc.created() != null ? doc.created()
                : reply.header("Last-Modified").map(UrlConnector::httpDate).orElse(null);
        if (created == null || created.isAfter(context.clock().instant())) {
            created = context.clock().instant();
        }
        return HarvestedItem.builder(UrlConnector.PLATFORM, uri.toString())
                .kind(e.newsTitle() != null || e.newsDate() != null ? "article" : "page")
                .url(uri.toString())
                .title(e.newsTitle() != null ? e.newsTitle() : doc.title())
                .text(doc.text())
                .createdAt(created)
                .build();
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getScheme() != null && (a.getScheme().equalsIgnoreCase("http") || a.getScheme().equalsIgnoreCase("https"));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String millis(Instant i) {
        return i == null ? null : Long.toString(i.toEpochMilli());
    }

    @Override
    public String check() throws ConnectorException {
        HttpReply reply = client.get(URI.create(url), SITEMAP_ACCEPT, Map.of());
        client.requireSuccess(reply);
        SitemapReader.Summary s = SitemapReader.read(reply.body(), reply.uri().getHost(),
                context.http().limits().maxBodyBytes(), e -> { });
        return s.isIndex() ? "a sitemap index of " + s.entries() + " sitemaps" : "a sitemap of " + s.entries() + " pages";
    }
}
