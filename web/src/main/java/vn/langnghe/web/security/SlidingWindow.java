package vn.langnghe.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} events per key within any {@code window}: a sliding log of each key's recent
 * events. A key keeps at most {@code max} times (only the newest matter), and keys whose events have
 * all expired are dropped once there are many, so a flood of made-up keys cannot fill the memory.
 */
final class SlidingWindow {
    /** Sweep expired keys when there are more than this. */
    static final int SWEEP_AT = 10_000;

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> events = new ConcurrentHashMap<>();

    SlidingWindow(int max, Duration window, Clock clock) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("need at least 1 event in a positive window: " + max + " in " + window);
        }
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** How long until {@code key} may have another event; empty when it may now. */
    Optional<Duration> retryAfter(String key) {
        Instant now = clock.instant();
        ArrayDeque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            expire(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    void record(String key) {
        Instant now = clock.instant();
        if (events.size() > SWEEP_AT) {
            sweep(now);
        }
        ArrayDeque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
            while (times.size() > max) {
                times.removeFirst();
            }
        }
    }

    int keys() {
        return events.size();
    }

    private void expire(ArrayDeque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }

    private void sweep(Instant now) {
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                expire(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }
}
