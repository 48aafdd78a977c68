package vn.langnghe.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long an account stays locked after wrong passwords: from the {@code after}-th failure since the
 * last successful sign-in, each failure locks it for {@code firstDelay}, doubled for every failure
 * beyond that, at most {@code maxDelay}. With the defaults (5, 1 min, 1 h): failures 1–4 lock nothing,
 * the 5th locks for 1 min, the 6th for 2, the 7th for 4 … from the 11th on for 1 h. Attempts while
 * locked are refused without looking at the password and do not count, so the lock cannot be made
 * longer than the cap by hammering, and a guesser gets one try per delay.
 */
public record LockoutRule(int after, Duration firstDelay, Duration maxDelay) {
    public LockoutRule {
        if (after < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("lockout needs after >= 1 and 0 < first delay <= max delay: "
                    + after + ", " + firstDelay + ", " + maxDelay);
        }
    }

    /** Until when an account is locked after its {@code failures}-th wrong password at {@code now}; empty: not locked. */
    public Optional<Instant> lockedUntil(int failures, Instant now) {
        if (failures < after) {
            return Optional.empty();
        }
        int doublings = failures - after;
        // the shift is bounded so that it cannot overflow; the cap applies long before
        Duration delay = doublings >= 30 ? maxDelay : firstDelay.multipliedBy(1L << doublings);
        return Optional.of(now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
