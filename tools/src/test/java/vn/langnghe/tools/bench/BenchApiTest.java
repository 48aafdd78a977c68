package vn.langnghe.tools.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchApiTest {
    @Test
    void theWarmUpGoesOnWhileThroughputRises() {
        assertFalse(BenchApi.steady(List.of()), "no slice yet");
        assertFalse(BenchApi.steady(List.of(2_000L)), "one slice tells no trend");
        assertFalse(BenchApi.steady(List.of(2_000L, 2_500L)), "25 % more calls: the JIT is still at work");
        assertFalse(BenchApi.steady(List.of(2_000L, 2_500L, 2_600L)), "4 % more");
    }

    @Test
    void theWarmUpEndsWhenThroughputStopsRising() {
        assertTrue(BenchApi.steady(List.of(2_500L, 2_550L)), "2 % more");
        assertTrue(BenchApi.steady(List.of(2_500L, 2_500L)));
        assertTrue(BenchApi.steady(List.of(2_800L, 2_600L)), "fewer calls: noise, not warming");
    }
}
