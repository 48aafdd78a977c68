package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockoutRuleTest {
    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private final LockoutRule rule = new LockoutRule(5, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void theFirstFailuresLockNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Optional.empty(), rule.lockedUntil(failures, NOW), failures + " failures");
        }
    }

    @Test
    void theDelayDoublesWithEachFurtherFailureUpToTheCap() {
        long[] minutes = {1, 2, 4, 8, 16, 32, 60, 60};
        for (int i = 0; i < minutes.length; i++) {
            assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(minutes[i]))), rule.lockedUntil(5 + i, NOW),
                    (5 + i) + " failures");
        }
    }

    @Test
    void manyFailuresStayAtTheCapWithoutOverflow() {
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), rule.lockedUntil(Integer.MAX_VALUE, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), rule.lockedUntil(5 + 40, NOW));
    }

    @Test
    void anAccountLocksAfterTheNthWrongPasswordAndASuccessUnlocksIt() {
        Account a = new Account("lan", "Lan", PasswordHasher.hash("x".toCharArray()), null,
                java.util.EnumSet.of(Role.ANALYST), NOW);
        Instant t = NOW;
        for (int i = 1; i < 5; i++) {
            a.signInFailed(rule, t);
            assertFalse(a.isLockedAt(t), "not locked after " + i);
        }
        a.signInFailed(rule, t);
        assertTrue(a.isLockedAt(t));
        assertTrue(a.isLockedAt(t.plusSeconds(59)));
        assertFalse(a.isLockedAt(t.plusSeconds(60)), "the lock ends by itself");

        t = t.plusSeconds(60);
        a.signInFailed(rule, t);
        assertEquals(t.plusSeconds(120), a.getLockedUntil(), "the next failure doubles the delay");

        a.signedIn(t.plusSeconds(120));
        assertFalse(a.isLockedAt(t.plusSeconds(120)));
        assertEquals(0, a.getFailedSignIns());
        a.signInFailed(rule, t.plusSeconds(200));
        assertFalse(a.isLockedAt(t.plusSeconds(200)), "counting starts again after a success");
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutRule(0, Duration.ofMinutes(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutRule(5, Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutRule(5, Duration.ofHours(2), Duration.ofHours(1)));
    }
}
