package vn.langnghe.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedIndexTest {
    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final LoadedIndex MILLION = new LoadedIndex(1_000_000, 3, NOW.minus(Duration.ofHours(5)));

    @Test
    void theSamePostsOfTheSameGeneratorAreUsedAgain() {
        assertEquals(Optional.empty(), LoadedIndex.whyNotReusable(MILLION, 1_000_000, 1_000_000, 3, NOW));
    }

    @Test
    void anythingElseIsLoadedAgainWithTheReason() {
        assertTrue(LoadedIndex.whyNotReusable(null, 0, 1_000_000, 3, NOW).orElseThrow().contains("empty"));
        assertTrue(LoadedIndex.whyNotReusable(null, 5, 1_000_000, 3, NOW).orElseThrow().contains("no record"));
        assertTrue(LoadedIndex.whyNotReusable(MILLION, 1_000_000, 1_000_000, 4, NOW).orElseThrow().contains("version 3"));
        assertTrue(LoadedIndex.whyNotReusable(MILLION, 1_000_000, 500_000, 3, NOW).orElseThrow().contains("500000 asked"));
        // a load that stopped half-way, or posts added since: the marker alone is not believed
        assertTrue(LoadedIndex.whyNotReusable(MILLION, 999_000, 1_000_000, 3, NOW).orElseThrow().contains("999000"));
        assertTrue(LoadedIndex.whyNotReusable(MILLION, 1_000_721, 1_000_000, 3, NOW).isPresent());
        // the date presets count back from now: an old load no longer has last hour's posts
        LoadedIndex old = new LoadedIndex(1_000_000, 3, NOW.minus(LoadedIndex.MAX_AGE).minusSeconds(1));
        assertTrue(LoadedIndex.whyNotReusable(old, 1_000_000, 1_000_000, 3, NOW).orElseThrow().contains("presets"));
    }

    @Test
    void theMarkerIsReadBackAndADamagedOneIsNone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.properties");
        assertEquals(Optional.empty(), LoadedIndex.read(f));
        MILLION.write(f);
        assertEquals(Optional.of(MILLION), LoadedIndex.read(f));
        Files.writeString(f, "posts=many\n");
        assertEquals(Optional.empty(), LoadedIndex.read(f));
    }
}
