package vn.langnghe.harvest.connector.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RateLimitedException;

/**
 * Reads one feed page per call and takes the entries that are neither below the watermark nor already
 * taken by the current walk, newest first (see {@link FeedPosition}). A walk ends at the first page
 * that reaches the watermark, at the last page, or after {@link #MAX_PAGES_PER_WALK}; when a run's
 * article budget ends mid-walk, the cursor keeps the walk's place and the next run goes on from there.
 */
final class FeedConnector implements Connector {
    static final String PLATFORM = "feed";
    /** Guards against a {@code rel="next"} chain that loops or never ends. */
    static final int MAX_PAGES_PER_WALK = 200;
    private static final Logger LOG = Logger.getLogger(FeedConnector.class.getName());
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";
    /** Article pages are a few hundred KB; a larger one is not parsed (the summary stays). */
    static final int MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
    private static final Set<String> SECOND_LEVEL = Set.of("com", "net", "org", "gov", "edu", "ac", "co", "info",
            "biz", "int", "name", "health", "pro");

    private final FeedConfig config;
    private final String username;
    private final String password;
    private final ConnectorContext context;

    private record Entry(SyndEntry entry, String id, String hash, Instant date) {
    }

    FeedConnector(FeedConfig config, String username, String password, ConnectorContext context) {
        this.config = config;
        this.username = username;
        this.password = password;
        this.context = context;
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        FeedPosition pos = FeedPosition.parse(cursorText);
        String pageUrl = pos.next != null ? pos.next : config.feedUrl();
        URI uri = URI.create(pageUrl);
        HttpReply reply = context.http().get(uri, headers(uri, ACCEPT));
        failOnError(reply, "the feed");
        FeedDocument doc = FeedDocument.read(reply, context.maxItemsPerPage());
        Instant now = context.clock().instant();

        boolean reachedWatermark = false;
        List<Entry> candidates = new ArrayList<>();
        for (Entry e : entries(doc.feed(), now)) {
            if (!pos.aboveWatermark(e.date(), e.hash())) {
                reachedWatermark = true;
            } else if (pos.belowLowerMark(e.date(), e.hash())) {
                candidates.add(e);
            }
        }
        // newest first, so that the lower mark alone says what this walk has taken
        candidates.sort(Comparator.comparing(Entry::date).reversed());
        int budget = Math.max(0, config.maxArticlesPerRun() - pos.taken);
        List<Entry> taking = candidates.subList(0, Math.min(budget, candidates.size()));
        ArticleLinks links = new ArticleLinks();
        List<HarvestedItem> items = new ArrayList<>(taking.size());
        for (Entry e : taking) {
            items.add(item(e, doc.feed(), uri, links));
        }
        taking.forEach(e -> pos.took(e.date(), e.hash()));
        if (links.anyUnread()) {
            LOG.log(Level.INFO, "feed {0}: {1}; those entries keep only the feed text",
                    new Object[] {pageUrl, links.note(Integer.MAX_VALUE)});
        }
        return page(pos, pageUrl, doc.nextUrl(), items, taking.size() < candidates.size(), reachedWatermark)
                .withNote(links.anyUnread() ? links.note(5) : null);
    }

    /** The page's items with the cursor for what follows: more of this walk now, or the next run. */
    private Page page(FeedPosition pos, String pageUrl, String nextUrl, List<HarvestedItem> items,
            boolean budgetEnded, boolean reachedWatermark) {
        if (budgetEnded) {
            // the budget ended inside this page: the next run reads it again below the lower mark
            pos.next = pageUrl;
            return Page.last(items, pos.text(false));
        }
        boolean walkEnds = reachedWatermark || nextUrl == null || nextUrl.equals(pageUrl)
                || pos.pages + 1 >= MAX_PAGES_PER_WALK;
        if (walkEnds) {
            pos.endWalk();
            return Page.last(items, pos.text(false));
        }
        pos.next = nextUrl;
        pos.pages++;
        if (pos.taken >= config.maxArticlesPerRun()) {
            return Page.last(items, pos.text(false));
        }
        return new Page(items, pos.text(true), true);
    }

    private List<Entry> entries(SyndFeed feed, Instant now) {
        Instant feedDate = feed.getPublishedDate() == null ? null : feed.getPublishedDate().toInstant();
        List<Entry> out = new ArrayList<>(feed.getEntries().size());
        for (SyndEntry e : feed.getEntries()) {
            String id = nativeId(e);
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Instant date = d != null ? d.toInstant() : feedDate != null ? feedDate : now;
            if (date.isAfter(now)) {
                // a date in the future would lift the watermark over every entry still to come
                date = now;
            }
            out.add(new Entry(e, id, FeedPosition.hash(id), date));
        }
        return out;
    }

    /** The guid (RSS), id (Atom) or rdf:about (RDF); else the link; else a digest of the content. */
    private static String nativeId(SyndEntry e) {
        if (e.getUri() != null && !e.getUri().isBlank()) {
            return e.getUri().strip();
        }
        if (e.getLink() != null && !e.getLink().isBlank()) {
            return e.getLink().strip();
        }
        return "sha256-" + FeedPosition.hash(e.getTitle() + "\n" + summary(e));
    }

    private HarvestedItem item(Entry e, SyndFeed feed, URI feedUri, ArticleLinks links) throws RateLimitedException {
        SyndEntry entry = e.entry();
        EntryHtml html = EntryHtml.of(feed);
        String link = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink().strip() : null;
        HarvestedItem.Builder b = HarvestedItem.builder(PLATFORM, e.id())
                .kind("article")
                .url(link)
                .title(entry.getTitle() == null ? null : html.html(entry.getTitleEx()))
                .author(author(entry, feed), null)
                .createdAt(e.date());
        String summary = html.html(summaryContent(entry));
        String article = config.followLinks() && link != null ? articleText(link, feedUri, links) : null;
        return b.html(article == null ? summary : EntryHtml.withArticle(summary, article)).build();
    }

    private static String author(SyndEntry e, SyndFeed feed) {
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
            return e.getAuthor().strip();
        }
        return feed.getTitle() == null ? null : feed.getTitle().strip();
    }

    /** The fullest body the feed gives: content:encoded or Atom content, else the description (or null). */
    private static SyndContent summaryContent(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return c;
            }
        }
        return e.getDescription();
    }

    private static String summary(SyndEntry e) {
        SyndContent c = summaryContent(e);
        return c == null || c.getValue() == null ? "" : c.getValue().strip();
    }

    /**
     * The article's main text, or null to keep only the feed's summary: a link off the feed's site is
     * not followed (a feed must not steer the server to arbitrary addresses), and a page that is gone,
     * unreachable, too large, not HTML or empty is noted in {@code links}. Only a request to slow down
     * stops the page.
     */
    private String articleText(String link, URI feedUri, ArticleLinks links) throws RateLimitedException {
        URI uri;
        try {
            uri = feedUri.resolve(link);
        } catch (IllegalArgumentException e) {
            links.unread(link, "not a valid address");
            return null;
        }
        if (!sameSite(uri, feedUri)) {
            return null;
        }
        HttpReply reply;
        try {
            reply = context.http().get(uri, headers(uri, "text/html, application/xhtml+xml;q=0.9"), MAX_ARTICLE_BYTES);
        } catch (ConnectorException e) {
            links.unread(uri.toString(), e.getMessage());
            return null;
        }
        if (reply.status() == 429 || reply.status() == 503 && reply.header("Retry-After").isPresent()) {
            throw rateLimited(reply, "the article pages");
        }
        String type = reply.header("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
        if (!reply.ok()) {
            links.unread(uri.toString(), "HTTP " + reply.status());
            return null;
        }
        if (!(type.startsWith("text/html") || type.startsWith("application/xhtml"))) {
            links.unread(uri.toString(), "not an HTML page but " + type.split(";")[0].strip());
            return null;
        }
        try {
            String text = ArticleText.extract(reply.text(), uri.toString());
            if (text.isBlank()) {
                links.unread(uri.toString(), "no article text on the page");
                return null;
            }
            links.read();
            return text;
        } catch (BadReplyException e) {
            links.unread(uri.toString(), e.getMessage());
            return null;
        }
    }

    /** The article links of one page that were followed, and why those that could not be read failed. */
    private static final class ArticleLinks {
        private int read;
        private final List<String> unread = new ArrayList<>();

        void read() {
            read++;
        }

        void unread(String link, String why) {
            unread.add(link + " (" + why + ")");
        }

        boolean anyUnread() {
            return !unread.isEmpty();
        }

        /** "2 of 24 article links could not be read: " and the first {@code shown} links with why. */
        String note(int shown) {
            return unread.size() + " of " + (read + unread.size()) + " article links could not be read: "
                    + Page.firstFew(unread, shown);
        }
    }

    /** Same host, or hosts under one registered domain (tuoitre.vn and cdn.tuoitre.vn). */
    static boolean sameSite(URI a, URI b) {
        String ha = a.getHost();
        String hb = b.getHost();
        String sa = a.getScheme();
        if (ha == null || hb == null || sa == null || !(sa.equalsIgnoreCase("http") || sa.equalsIgnoreCase("https"))) {
            return false;
        }
        ha = ha.toLowerCase(Locale.ROOT);
        hb = hb.toLowerCase(Locale.ROOT);
        if (ha.equals(hb)) {
            return true;
        }
        if (ha.matches("[0-9.]+|.*:.*") || hb.matches("[0-9.]+|.*:.*")) {
            return false;
        }
        return site(ha).equals(site(hb));
    }

    private static String site(String host) {
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return host;
        }
        int keep = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    private Map<String, String> headers(URI uri, String accept) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Accept", accept);
        // credentials go only to the feed's own host, never to a host a feed links to
        if (username != null && !username.isBlank() && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(URI.create(config.feedUrl()).getHost())) {
            String pair = username + ":" + (password == null ? "" : password);
            h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return h;
    }

    private void failOnError(HttpReply reply, String what) throws ConnectorException {
        if (reply.ok()) {
            return;
        }
        String host = reply.uri().getHost();
        if (reply.status() == 401 || reply.status() == 403) {
            boolean have = username != null && !username.isBlank();
            throw new CredentialsRejectedException(what + " at " + host + (have
                    ? " refused the user name and password (HTTP " + reply.status() + ")"
                    : " asks for a user name and password (HTTP " + reply.status() + "); add them to the source"));
        }
        if (reply.status() == 429 || reply.status() == 503 && reply.header("Retry-After").isPresent()) {
            throw rateLimited(reply, what);
        }
        reply.requireSuccess(context.clock().instant());
    }

    private RateLimitedException rateLimited(HttpReply reply, String what) {
        Duration wait = reply.retryAfter(context.clock().instant(), HttpReply.DEFAULT_RETRY_AFTER);
        return new RateLimitedException(what + " at " + reply.uri().getHost() + " asks us to wait (HTTP "
                + reply.status() + "); retrying in " + wait.toSeconds() + " s", wait);
    }
}
