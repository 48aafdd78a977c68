package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-caller token bucket on a clock the test steps. */
class ApiRateLimitTest {
    private long now = 1_000_000_000L;
    private final ApiRateLimit limit = new ApiRateLimit(() -> now);

    private void step(double seconds) {
        now += (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void aCallerMayBurstItsMinutesAllowanceThenWaits() {
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), limit.take("client:a", 3), "call " + (i + 1));
        }
        // 3 a minute: one call every 20 s
        assertEquals(OptionalLong.of(20), limit.take("client:a", 3));
    }

    @Test
    void theAllowanceRefillsWithTimeButNeverAboveTheLimit() {
        for (int i = 0; i < 3; i++) {
            limit.take("client:a", 3);
        }
        step(10);
        assertEquals(OptionalLong.of(10), limit.take("client:a", 3), "half a call refilled: 10 s more");
        step(10);
        assertEquals(OptionalLong.empty(), limit.take("client:a", 3));
        assertEquals(OptionalLong.of(20), limit.take("client:a", 3));
        step(3600);
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), limit.take("client:a", 3), "an idle hour gives back a minute's burst only");
        }
        assertEquals(OptionalLong.of(20), limit.take("client:a", 3));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        for (int i = 0; i < 7; i++) {
            limit.take("client:b", 7);
        }
        // 7 a minute: a call every 8.57 s → 9
        assertEquals(OptionalLong.of(9), limit.take("client:b", 7));
        step(8.5);
        assertEquals(OptionalLong.of(1), limit.take("client:b", 7), "0.07 s left is still a whole second");
        step(0.1);
        assertEquals(OptionalLong.empty(), limit.take("client:b", 7));
        for (int i = 0; i < 600; i++) {
            limit.take("client:c", 600);
        }
        assertEquals(OptionalLong.of(1), limit.take("client:c", 600), "0.1 s is still 1 s: Retry-After has no fractions");
    }

    @Test
    void eachCallerHasItsOwnBucket() {
        limit.take("client:a", 1);
        assertEquals(OptionalLong.of(60), limit.take("client:a", 1));
        assertEquals(OptionalLong.empty(), limit.take("client:b", 1));
        assertEquals(OptionalLong.empty(), limit.take("admin", 1));
        assertEquals(OptionalLong.of(60), limit.take("client:b", 1));
    }

    @Test
    void aChangedLimitAppliesToTheNextCall() {
        limit.take("client:a", 1);
        assertEquals(OptionalLong.of(60), limit.take("client:a", 1));
        step(1);
        // raised to 60 a minute: the bucket refills at the new rate and is capped at the new size
        assertEquals(OptionalLong.empty(), limit.take("client:a", 60));
    }
}
