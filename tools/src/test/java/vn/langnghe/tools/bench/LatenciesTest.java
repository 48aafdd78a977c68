package vn.langnghe.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    private static List<Long> millis(int... ms) {
        List<Long> out = new ArrayList<>();
        for (int m : ms) {
            out.add(m * 1_000_000L);
        }
        return out;
    }

    @Test
    void nearestRankOverAHundredCallsInAnyOrder() {
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            times.add(i * 1_000_000L);
        }
        Collections.shuffle(times, new java.util.Random(7));
        Latencies l = new Latencies(times);
        assertEquals(50.0, l.p50());
        assertEquals(95.0, l.p95());
        assertEquals(99.0, l.p99());
        assertEquals(50.5, l.mean(), 1e-9);
        assertEquals(100, l.count());
    }

    @Test
    void fewCallsRoundUpToAnObservedTime() {
        Latencies l = new Latencies(millis(30, 10, 20));
        assertEquals(20.0, l.p50(), "the second of three");
        assertEquals(30.0, l.p95());
        assertEquals(10.0, l.percentile(0), "the smallest, not an index below it");
        assertEquals(30.0, l.percentile(100));
    }

    @Test
    void oneCallIsEveryPercentile() {
        Latencies l = new Latencies(millis(7));
        assertEquals(7.0, l.p50());
        assertEquals(7.0, l.p99());
    }

    @Test
    void noCallsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new Latencies(List.of()));
    }

    @Test
    void summaryTableAndGoals() {
        Latencies app = new Latencies(millis(10, 20, 30, 160));
        Latencies bare = new Latencies(millis(10, 10, 20, 100));
        String table = BenchSearch.table(app, bare);
        assertEquals(4, table.lines().count(), table);
        String goals = BenchSearch.goals(app, bare);
        assertEquals("goal p95 of the full search <= 150 ms: NOT MET (160.0 ms)", goals.lines().toList().get(0));
        assertEquals("goal application/bare ratio of medians <= 1.3: NOT MET (2.000)", goals.lines().toList().get(1));
        String met = BenchSearch.goals(new Latencies(millis(10, 12)), new Latencies(millis(10, 11)));
        assertEquals("goal application/bare ratio of medians <= 1.3: MET (1.000)", met.lines().toList().get(1));
    }
}
