package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentPostsTest {
    private static final Instant NOW = Instant.parse("2025-07-15T03:00:00Z");
    private static final RecentPosts TWO_DAYS = new RecentPosts(Clock.fixed(NOW, ZoneOffset.UTC), 48);

    private static String at(String id, long hoursAgo) {
        return RecentPosts.entry(id, NOW.minusSeconds(3600 * hoursAgo));
    }

    @Test
    void keepsThePostsOfTheWindowNewestFirstOnceEachAndAtMostTwenty() {
        String merged = TWO_DAYS.merge(at("b", 1), String.join(",", at("a", 5), at("b", 1), at("old", 49)));
        assertEquals(at("b", 1) + "," + at("a", 5), merged);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            many.append(i == 0 ? "" : ",").append(at("p" + i, i));
        }
        assertEquals(RecentPosts.MAX, TWO_DAYS.merge(null, many.toString()).split(",").length);
    }

    @Test
    void aDamagedCursorLosesOnlyItsUnreadableEntries() {
        assertEquals(at("a", 2), TWO_DAYS.merge(null, "garbage,@17,x@notanumber," + at("a", 2)));
        assertNull(TWO_DAYS.merge(null, "garbage"));
    }

    @Test
    void aNewWalkQueuesTheRecentPostsAheadOfItsListingOnlyWhenItReadsComments() {
        Cursor c = Cursor.empty().with("since", "1752537300").with("recent", at("a", 2) + "," + at("gone", 60));
        Cursor walk = TWO_DAYS.startWalk(c, true, "posts", "posts");
        assertEquals("a", walk.get("posts"));
        assertEquals("posts", walk.get("then"));
        assertEquals(at("a", 2), walk.get("recent"));
        assertNull(TWO_DAYS.startWalk(c, false, "posts", "posts").get("posts"));
        assertNull(new RecentPosts(Clock.fixed(NOW, ZoneOffset.UTC), 0).startWalk(c, true, "posts", "posts").get("recent"));
    }
}
