package vn.langnghe.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.RemoteFailureException;

class NextRunTest {
    private static final Instant NOW = Instant.parse("2025-07-15T03:00:00Z");
    private static final Duration MAX = Duration.ofHours(6);

    @Test
    void afterSuccessWaitsOneIntervalUnlessMoreIsWaiting() {
        assertEquals(NOW.plusSeconds(900), NextRun.afterSuccess(NOW, 900, false));
        assertEquals(NOW, NextRun.afterSuccess(NOW, 900, true));
    }

    @Test
    void failuresBackOffExponentiallyUpToTheMaximum() {
        var e = new RemoteFailureException("HTTP 503");
        assertEquals(NOW.plusSeconds(60), NextRun.afterFailure(NOW, 0, e, MAX));
        assertEquals(NOW.plusSeconds(120), NextRun.afterFailure(NOW, 1, e, MAX));
        assertEquals(NOW.plusSeconds(240), NextRun.afterFailure(NOW, 2, e, MAX));
        assertEquals(NOW.plus(MAX), NextRun.afterFailure(NOW, 12, e, MAX));
        assertEquals(NOW.plus(MAX), NextRun.afterFailure(NOW, 500, e, MAX));
    }

    @Test
    void aRateLimitWaitsExactlyAsAsked() {
        var e = new RateLimitedException("429", Duration.ofSeconds(137));
        assertEquals(NOW.plusSeconds(137), NextRun.afterFailure(NOW, 3, e, MAX));
    }
}
