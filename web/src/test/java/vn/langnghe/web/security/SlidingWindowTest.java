package vn.langnghe.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {
    private final SteppedClock clock = new SteppedClock();
    private final SlidingWindow window = new SlidingWindow(3, Duration.ofSeconds(60), clock);

    @Test
    void theMaxthEventClosesTheKeyUntilTheOldestLeavesTheWindow() {
        window.record("a");
        clock.advance(Duration.ofSeconds(10));
        window.record("a");
        assertEquals(Optional.empty(), window.retryAfter("a"), "two of three");
        clock.advance(Duration.ofSeconds(5));
        window.record("a");
        assertEquals(Optional.of(Duration.ofSeconds(45)), window.retryAfter("a"), "the first was 15 s ago");
        clock.advance(Duration.ofSeconds(44));
        assertEquals(Optional.of(Duration.ofSeconds(1)), window.retryAfter("a"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), window.retryAfter("a"), "the first has left the window");
        window.record("a");
        assertEquals(Optional.of(Duration.ofSeconds(10)), window.retryAfter("a"), "now the second is the oldest");
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            window.record("a");
        }
        assertTrue(window.retryAfter("a").isPresent());
        assertEquals(Optional.empty(), window.retryAfter("b"));
    }

    @Test
    void eventsBeyondTheMaxDoNotPushTheWaitOutIndefinitelyButKeepItClosed() {
        for (int i = 0; i < 10; i++) {
            window.record("a");
            clock.advance(Duration.ofSeconds(1));
        }
        // only the newest three count: the oldest of them was recorded 3 s ago
        assertEquals(Optional.of(Duration.ofSeconds(57)), window.retryAfter("a"));
    }

    @Test
    void expiredKeysAreSweptWhenThereAreMany() {
        for (int i = 0; i <= SlidingWindow.SWEEP_AT; i++) {
            window.record("made-up-" + i);
        }
        clock.advance(Duration.ofSeconds(61));
        window.record("fresh");
        assertEquals(1, window.keys());
    }

    @Test
    void aWindowThatAllowsNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindow(0, Duration.ofSeconds(60), clock));
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindow(3, Duration.ZERO, clock));
    }
}
