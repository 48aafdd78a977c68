package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.savedquery.SavedQuery;
import vn.langnghe.savedquery.SearchState;
import vn.langnghe.savedquery.Visibility;
import vn.langnghe.search.Arrival;
import vn.langnghe.search.NewestArrivals;
import vn.langnghe.search.PostView;

/**
 * The feeds as ROME reads them back: Atom and RSS with absolute links, RFC 5005 paging, stable ids and
 * dates; a post's markup stays text in both; the entity tag follows the entries, the format and the page;
 * last-modified is the latest arrival or re-indexing in whole seconds.
 */
class SavedQueryFeedsTest {
    private static final URI BASE = URI.create("https://langnghe.example.vn/api/v1/feeds/saved-queries/12.atom");
    private static final URI SITE = URI.create("https://langnghe.example.vn/");
    private static final String HOSTILE = "<script>alert(1)</script> ngập & \"kẹt\" <img src=x onerror=alert(2)>";
    private static final SavedQuery QUERY = new SavedQuery(12, "Ngập <b>Q1</b>", "Theo dõi & báo", "client:ops", "city-admin",
            Visibility.UNIT, SearchState.parse("q=ng%E1%BA%ADp&f=topic:flooding"), Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"));

    private static Arrival arrival(String id, String text, long arrivedSecond, long indexedSecond) {
        PostView p = new PostView(id, "facebook", "post", null, text, "Người dân <i>A</i>", "uid", "https://facebook.com/p/" + id,
                Instant.parse("2026-12-06T10:00:00Z"), "negative", List.of("flooding"), List.of("q1"),
                new PostView.Engagement(1, 2, 3, 4), List.of(), 0.55);
        return new Arrival(p, id, Instant.ofEpochSecond(1_765_000_000L + arrivedSecond, 123_000_000),
                Instant.ofEpochSecond(1_765_000_000L + indexedSecond, 456_000_000));
    }

    private static NewestArrivals page(int page, long total) {
        List<Arrival> posts = new ArrayList<>();
        posts.add(arrival("facebook:1", HOSTILE, 30, 40));
        posts.add(arrival("facebook:2", "Đường Lê Lợi ngập sâu", 20, 20));
        return new NewestArrivals(total, page, SavedQueryFeeds.ROWS, posts);
    }

    @Test
    void atomIsValidForRomeWithTextKeptAsText() throws Exception {
        String xml = SavedQueryFeeds.write(SavedQueryFeeds.Format.ATOM, QUERY, page(2, 500), BASE, SITE);
        assertFalse(xml.contains("<script") || xml.contains("<img") || xml.contains("<b>") || xml.contains("<i>"), xml);
        SyndFeed f = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", f.getFeedType());
        assertEquals("tag:langnghe.vn,2026:saved-query:12", f.getUri());
        assertEquals("Lắng Nghe: Ngập <b>Q1</b>", f.getTitle(), "the name as text");
        Map<String, String> links = f.getLinks().stream().collect(Collectors.toMap(SyndLink::getRel, SyndLink::getHref));
        assertEquals(BASE + "?page=2", links.get("self"));
        assertEquals(BASE.toString(), links.get("first"));
        assertEquals(BASE.toString(), links.get("previous"));
        assertEquals(BASE + "?page=3", links.get("next"));
        assertEquals(2, f.getEntries().size());
        SyndEntry e = f.getEntries().get(0);
        assertEquals("tag:langnghe.vn,2026:post:facebook:1", e.getUri());
        assertEquals("text", e.getContents().get(0).getType());
        assertEquals(HOSTILE, e.getContents().get(0).getValue());
        assertEquals("https://langnghe.example.vn/post?id=facebook%3A1", e.getLink());
        // RFC 3339 in whole seconds, as ROME writes it
        assertEquals(Instant.ofEpochSecond(1_765_000_030L), e.getUpdatedDate().toInstant());
        assertEquals(Instant.parse("2026-12-06T10:00:00Z"), e.getPublishedDate().toInstant());
        assertEquals("Người dân <i>A</i>", e.getAuthors().get(0).getName());
    }

    @Test
    void rssIsValidForRomeWithEscapedHtmlAndAtomLinks() throws Exception {
        String xml = SavedQueryFeeds.write(SavedQueryFeeds.Format.RSS, QUERY, page(1, 2), BASE, SITE);
        assertFalse(xml.contains("<script") || xml.contains("<img"), xml);
        assertTrue(xml.matches("(?s).*<atom:link [^>]*rel=\"self\" href=\"" + BASE + "\".*"), xml);
        assertFalse(xml.contains("rel=\"next\""), "one page only: no next");
        SyndFeed f = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("rss_2.0", f.getFeedType());
        SyndEntry e = f.getEntries().get(0);
        assertEquals("tag:langnghe.vn,2026:post:facebook:1", e.getUri());
        // HTML that shows the text: no element of the post's survives an HTML reader
        assertEquals(SavedQueryFeeds.html(HOSTILE), e.getDescription().getValue());
        assertFalse(e.getDescription().getValue().contains("<"));
        assertNotNull(e.getPublishedDate(), "RFC 822 pubDate read back");
        assertTrue(xml.matches("(?s).*<pubDate>[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|UTC|Z|[+-]\\d{4})</pubDate>.*"), xml);
    }

    @Test
    void entityTagFollowsEntriesFormatAndPage() {
        String tag = SavedQueryFeeds.etag(SavedQueryFeeds.Format.ATOM, QUERY, false, page(1, 2));
        assertEquals(tag, SavedQueryFeeds.etag(SavedQueryFeeds.Format.ATOM, QUERY, false, page(1, 2)));
        assertNotEquals(tag, SavedQueryFeeds.etag(SavedQueryFeeds.Format.RSS, QUERY, false, page(1, 2)));
        assertNotEquals(tag, SavedQueryFeeds.etag(SavedQueryFeeds.Format.ATOM, QUERY, true, page(1, 2)));
        assertNotEquals(tag, SavedQueryFeeds.etag(SavedQueryFeeds.Format.ATOM, QUERY, false, page(2, 200)));
        NewestArrivals reindexed = new NewestArrivals(2, 1, SavedQueryFeeds.ROWS,
                List.of(arrival("facebook:1", HOSTILE, 30, 41), arrival("facebook:2", "Đường Lê Lợi ngập sâu", 20, 20)));
        assertNotEquals(tag, SavedQueryFeeds.etag(SavedQueryFeeds.Format.ATOM, QUERY, false, reindexed), "a re-index changes it");
        assertEquals(Instant.ofEpochSecond(1_765_000_040L), SavedQueryFeeds.lastModified(page(1, 2)));
        assertNull(SavedQueryFeeds.lastModified(new NewestArrivals(0, 1, 50, List.of())));
    }
}
