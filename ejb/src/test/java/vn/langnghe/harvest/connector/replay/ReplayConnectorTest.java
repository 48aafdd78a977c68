package vn.langnghe.harvest.connector.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.HttpFetcher;
import vn.langnghe.harvest.connector.Page;

/** The demo replay as the harvester sees it (the generator's own checks are in the tools module). */
class ReplayConnectorTest {
    static final Instant NOW = Instant.parse("2026-03-10T08:15:00Z");
    final ReplayConnectorFactory factory = new ReplayConnectorFactory();

    private List<HarvestedItem> harvest(Instant now, int pageSize, String cursor) throws Exception {
        var context = new ConnectorContext(new HttpFetcher(HttpFetcher.Limits.DEFAULTS), Clock.fixed(now, ZoneOffset.UTC), 5_000);
        var connector = factory.open(new ReplayConfig(DemoRecording.SEED, pageSize), Credentials.NONE, context);
        List<HarvestedItem> all = new ArrayList<>();
        for (Page page = connector.fetch(cursor); ; page = connector.fetch(page.nextCursor())) {
            assertTrue(page.items().size() <= pageSize);
            all.addAll(page.items());
            if (!page.more()) {
                assertEquals(page.nextCursor(), Integer.toString(Integer.parseInt(cursor == null ? "0" : cursor) + all.size()),
                        "the last cursor is the end, so the next run finds nothing new");
                return all;
            }
        }
    }

    @Test
    void servesTheDemoPostsAndCommentsOfNinePlatformsOldestFirst() throws Exception {
        List<HarvestedItem> items = harvest(NOW, 100, null);
        assertEquals(721, items.size());
        assertEquals(Set.of("facebook", "youtube", "tiktok", "x", "instagram", "reddit", "mastodon", "news", "forum"),
                items.stream().map(HarvestedItem::platform).collect(Collectors.toSet()));
        assertEquals(Set.of("post", "comment", "article", "video"),
                items.stream().map(HarvestedItem::kind).collect(Collectors.toSet()));
        Map<String, HarvestedItem> byId = new HashMap<>();
        for (HarvestedItem i : items) {
            assertEquals(null, byId.put(i.id(), i), "twice: " + i.id());
            assertFalse(i.html(), i.id());
            assertFalse(i.text().isBlank(), i.id());
        }
        for (int k = 1; k < items.size(); k++) {
            assertFalse(items.get(k).createdAt().isBefore(items.get(k - 1).createdAt()), "oldest first at " + k);
        }
        for (HarvestedItem c : items) {
            if (c.kind().equals("comment")) {
                HarvestedItem thread = byId.get(c.platform() + ":" + c.threadNativeId());
                assertTrue(thread != null && !thread.kind().equals("comment"), c.id() + " answers a post");
            }
        }
    }

    @Test
    void datesCountBackFromTheRunSoTheDemoIsAlwaysRecent() throws Exception {
        List<HarvestedItem> now = harvest(NOW, 1000, null);
        assertTrue(now.stream().noneMatch(i -> i.createdAt().isAfter(NOW)));
        assertTrue(now.stream().noneMatch(i -> i.createdAt().isBefore(NOW.minus(Duration.ofDays(61)))));
        assertTrue(now.get(now.size() - 1).createdAt().isAfter(NOW.minus(Duration.ofDays(1))), "items of the last day");

        Instant later = NOW.plus(Duration.ofDays(400)).plusSeconds(3_333);
        List<HarvestedItem> then = harvest(later, 1000, null);
        for (int k = 0; k < now.size(); k++) {
            assertEquals(now.get(k).id(), then.get(k).id());
            assertEquals(now.get(k).text(), then.get(k).text());
            assertEquals(Duration.between(NOW, later), Duration.between(now.get(k).createdAt(), then.get(k).createdAt()));
        }
    }

    @Test
    void aRunResumesAfterTheSavedOffset() throws Exception {
        List<HarvestedItem> all = harvest(NOW, 100, null);
        assertEquals(all.subList(700, all.size()), harvest(NOW, 100, "700"));
        assertEquals(List.of(), harvest(NOW, 100, "721"));
    }

    @Test
    void onlyTheRecordedSeedAndSensiblePagesAreAccepted() {
        assertEquals(List.of(), factory.validate(factory.defaultConfig()));
        assertEquals(List.of("seed must be 20250701, the one demo dataset recorded"),
                factory.validate(new ReplayConfig(7, 100)));
        assertEquals(List.of("pageSize must be between 1 and 1000"),
                factory.validate(new ReplayConfig(DemoRecording.SEED, 0)));
    }

    @Test
    void aRecordedLineHoldsWhatThePlatformSaid() {
        Instant recordedAt = Instant.parse("2025-07-01T05:00:00Z");
        HarvestedItem comment = HarvestedItem.builder("facebook", "1234_5678")
                .kind("comment").url("https://facebook.com/1234_5678").replyTo("1234", "1234")
                .author("Nguyễn Văn A", "100001").text("Đường \"ngập\" 😡\nquá trời")
                .createdAt(recordedAt.minusSeconds(86_400 * 17 + 5)).likes(5).shares(1).comments(2).views(0)
                .build();
        String line = DemoRecording.line(comment, recordedAt);
        assertFalse(line.contains("\n"), line);
        assertEquals(comment, DemoRecording.item(line, recordedAt));
        HarvestedItem shifted = DemoRecording.item(line, recordedAt.plusSeconds(60));
        assertEquals(comment.createdAt().plusSeconds(60), shifted.createdAt());

        HarvestedItem video = HarvestedItem.builder("youtube", "abc").kind("video").title("Ngập").text("")
                .createdAt(recordedAt).build();
        assertEquals(video, DemoRecording.item(DemoRecording.line(video, recordedAt), recordedAt));
        assertThrows(IllegalArgumentException.class, () -> DemoRecording.line(video, recordedAt.minusSeconds(1)),
                "an item written after the recording");
    }
}
