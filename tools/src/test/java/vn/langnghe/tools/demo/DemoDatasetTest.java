package vn.langnghe.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.index.Post;

class DemoDatasetTest {
    static final long SEED = 20250701L;
    static final Instant NOW = Instant.parse("2025-09-15T03:00:00Z");
    static final Set<String> AREAS = Set.of("q1", "q3", "q4", "q5", "q6", "q7", "q8", "q10", "q11", "q12", "binh_tan",
            "binh_thanh", "go_vap", "phu_nhuan", "tan_binh", "tan_phu", "thu_duc", "binh_chanh", "can_gio", "cu_chi",
            "hoc_mon", "nha_be", "binh_duong", "ba_ria_vung_tau", "hcmc");

    static List<Post> posts;

    @BeforeAll
    static void generate() {
        posts = DemoDataset.generate(SEED, NOW);
        System.out.println("DemoDataset: " + posts.size() + " items");
        System.out.println("  language:  " + counts(Post::language));
        System.out.println("  platform:  " + counts(Post::platform));
        System.out.println("  kind:      " + counts(Post::kind));
        System.out.println("  sentiment: " + counts(Post::sentiment));
        Map<String, Long> topics = new TreeMap<>(posts.stream().flatMap(p -> p.topics().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting())));
        System.out.println("  topics:    " + topics);
        Map<String, Long> areas = new TreeMap<>(posts.stream().flatMap(p -> p.regionAreas().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting())));
        System.out.println("  areas:     " + areas);
        long vi = posts.stream().filter(p -> p.language().equals("vi")).count();
        long plain = posts.stream().filter(p -> p.language().equals("vi") && !DemoText.hasDiacritics(p.text())).count();
        System.out.println("  vi without diacritics: " + plain + " / " + vi);
    }

    static Map<String, Long> counts(Function<Post, String> f) {
        return new TreeMap<>(posts.stream().collect(Collectors.groupingBy(f, Collectors.counting())));
    }

    @Test
    void hasEnoughItemsWithUniqueIds() {
        assertTrue(posts.size() >= 600, "size " + posts.size());
        Set<String> ids = new HashSet<>();
        for (Post p : posts) {
            assertTrue(ids.add(p.id()), "duplicate id " + p.id());
            assertTrue(p.id().startsWith(p.platform() + ":"), p.id());
            assertFalse(p.id().contains(","), p.id());
        }
    }

    @Test
    void isDeterministic() {
        assertEquals(posts, DemoDataset.generate(SEED, NOW));
        assertFalse(posts.equals(DemoDataset.generate(SEED + 1, NOW)));
    }

    @Test
    void idsAndTextsDoNotDependOnNow() {
        List<Post> later = DemoDataset.generate(SEED, NOW.plus(Duration.ofHours(29)));
        assertEquals(posts.stream().map(p -> p.id()).collect(Collectors.toSet()),
                later.stream().map(p -> p.id()).collect(Collectors.toSet()));
        Map<String, String> texts = later.stream().collect(Collectors.toMap(p -> p.id(), Post::text));
        for (Post p : posts) {
            assertEquals(p.text(), texts.get(p.id()));
        }
    }

    @Test
    void coversPlatformsKindsTopicsAreasAndLanguages() {
        assertEquals(new TreeSet<>(DemoDataset.PLATFORMS), new TreeSet<>(counts(Post::platform).keySet()));
        assertEquals(new TreeSet<>(List.of("article", "comment", "post", "video")),
                new TreeSet<>(counts(Post::kind).keySet()));
        Set<String> topics = posts.stream().flatMap(p -> p.topics().stream()).collect(Collectors.toSet());
        assertEquals(new HashSet<>(DemoDataset.TOPICS), topics);
        Set<String> areas = posts.stream().flatMap(p -> p.regionAreas().stream()).collect(Collectors.toSet());
        assertTrue(AREAS.containsAll(areas), "unknown area in " + areas);
        assertTrue(areas.size() >= 15, "areas " + areas);
        assertTrue(posts.stream().anyMatch(p -> !p.regionUnits().isEmpty()));
        Map<String, Long> langs = counts(Post::language);
        assertEquals(Set.of("vi", "en"), langs.keySet());
        double en = langs.get("en") / (double) posts.size();
        assertTrue(en > 0.15 && en < 0.35, "english share " + en);
    }

    @Test
    void labelsAreWellFormed() {
        for (Post p : posts) {
            assertTrue(p.topics().size() <= 2, p.id());
            assertTrue(DemoDataset.TOPICS.containsAll(p.topics()), p.id());
            assertTrue(Set.of("positive", "neutral", "negative").contains(p.sentiment()), p.id());
            assertNotNull(p.sentimentScore());
            assertTrue(p.sentimentScore() >= -1 && p.sentimentScore() <= 1, p.id());
            if (p.sentiment().equals("positive")) {
                assertTrue(p.sentimentScore() > 0, p.id());
            } else if (p.sentiment().equals("negative")) {
                assertTrue(p.sentimentScore() < 0, p.id());
            }
            assertTrue(p.regionUnits().size() <= p.regionAreas().size(), p.id());
            assertNull(p.signature());
            assertNotNull(p.source());
            assertNotNull(p.url());
            assertNotNull(p.authorName());
            assertNotNull(p.authorId());
            assertTrue(p.likes() >= 0 && p.shares() >= 0 && p.comments() >= 0 && p.views() >= 0, p.id());
            for (String tag : p.hashtags()) {
                assertTrue(p.text().toLowerCase().contains("#" + tag), p.id() + " " + tag);
            }
        }
    }

    @Test
    void kindsHaveTheirFields() {
        for (Post p : posts) {
            switch (p.kind()) {
                case "article" -> {
                    assertEquals("news", p.platform());
                    assertNotNull(p.title());
                    assertTrue(p.url().startsWith("https://news.example.vn/"), p.url());
                }
                case "video" -> {
                    assertTrue(Set.of("youtube", "tiktok").contains(p.platform()), p.id());
                    assertNotNull(p.title());
                }
                case "comment" -> {
                    assertNotNull(p.parentId());
                    assertNotNull(p.threadId());
                }
                default -> assertNull(p.parentId());
            }
        }
    }

    @Test
    void commentsPointToAPostOnTheSamePlatform() {
        Map<String, Post> byId = new HashMap<>();
        posts.forEach(p -> byId.put(p.id(), p));
        for (Post c : posts) {
            if (!c.kind().equals("comment")) {
                continue;
            }
            Post thread = byId.get(c.threadId());
            assertNotNull(thread, c.id() + " -> " + c.threadId());
            assertNotEquals("comment", thread.kind());
            assertEquals(c.platform(), thread.platform(), c.id());
            assertEquals(c.threadId(), c.parentId());
            assertFalse(c.createdAt().isBefore(thread.createdAt()), c.id());
        }
    }

    @Test
    void datesAreWithinTheWindow() {
        Instant from = NOW.minus(Duration.ofDays(DemoDataset.DAYS));
        for (Post p : posts) {
            assertFalse(p.createdAt().isBefore(from), p.id() + " " + p.createdAt());
            assertFalse(p.createdAt().isAfter(NOW), p.id() + " " + p.createdAt());
            assertNotNull(p.harvestedAt());
            assertFalse(p.harvestedAt().isBefore(p.createdAt()), p.id());
            assertFalse(p.harvestedAt().isAfter(NOW), p.id());
        }
    }

    @Test
    void textsAreVariedAndReadable() {
        for (Post p : posts) {
            assertNotNull(p.text(), p.id());
            assertFalse(p.text().isBlank(), p.id());
            assertFalse(p.text().contains("{"), p.id() + ": " + p.text());
        }
        long vi = posts.stream().filter(p -> p.language().equals("vi")).count();
        long plain = posts.stream().filter(p -> p.language().equals("vi") && !DemoText.hasDiacritics(p.text())).count();
        assertTrue(plain >= 0.2 * vi, plain + " of " + vi);
        long distinct = posts.stream().map(Post::text).distinct().count();
        assertTrue(distinct >= 0.8 * posts.size(), "distinct texts " + distinct);
    }

    @Test
    void sentimentMixIsPlausible() {
        Map<String, Long> s = counts(Post::sentiment);
        double n = posts.size();
        double neg = s.getOrDefault("negative", 0L) / n;
        double neu = s.getOrDefault("neutral", 0L) / n;
        double pos = s.getOrDefault("positive", 0L) / n;
        assertTrue(neg >= 0.35 && neg <= 0.55, "negative " + neg);
        assertTrue(neu >= 0.25 && neu <= 0.45, "neutral " + neu);
        assertTrue(pos >= 0.10 && pos <= 0.30, "positive " + pos);
    }

    @Test
    void hasAFloodingSpike() {
        Map<java.time.LocalDate, Long> perDay = posts.stream().filter(p -> p.topics().contains("flooding"))
                .collect(Collectors.groupingBy(p -> java.time.LocalDate.ofInstant(p.createdAt(), DemoDataset.ZONE),
                        Collectors.counting()));
        long max = perDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
        double mean = perDay.values().stream().mapToLong(Long::longValue).average().orElse(0);
        assertTrue(max >= 4 * mean, "max " + max + " mean " + mean);
    }

    private static void assertNotEquals(String a, String b) {
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }
}
