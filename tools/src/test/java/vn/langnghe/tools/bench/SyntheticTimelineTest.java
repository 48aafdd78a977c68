package vn.langnghe.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticTimelineTest {
    @Test
    void consecutiveRoundsSayNewThingsUnderNewIds() {
        SyntheticTimeline whole = new SyntheticTimeline("a", 1, 0, SyntheticTimeline.Texts.MIXED);
        SyntheticTimeline first = new SyntheticTimeline("round-1", 1_000, 0, SyntheticTimeline.Texts.MIXED, 0);
        SyntheticTimeline second = new SyntheticTimeline("round-2", 1_000, 0, SyntheticTimeline.Texts.MIXED, 1_000);
        assertEquals(whole.text(1_000), second.text(0), "the second round goes on where the first stopped");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(first.text(i));
        }
        int repeated = 0;
        for (int i = 0; i < 1_000; i++) {
            repeated += seen.contains(second.text(i)) ? 1 : 0;
        }
        // only the reposts at the seam quote the other round (one status in ten, of the 200 before it)
        assertTrue(repeated < 30, repeated + " texts of the second round repeat the first");
        assertTrue(new HashSet<>(first.ids()).stream().noneMatch(second.ids()::contains), "ids differ");
    }
}
