package vn.langnghe.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ActiveAccountsTest {
    private final Map<String, Boolean> enabled = new HashMap<>(Map.of("lan", true, "minh", true));
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final AtomicLong revision = new AtomicLong();
    private final ActiveAccounts active = new ActiveAccounts();

    ActiveAccountsTest() {
        active.lookup = u -> {
            lookups.incrementAndGet();
            return enabled.getOrDefault(u, false);
        };
        active.nanoTime = now::get;
        active.currentRevision = revision::get;
    }

    @Test
    void anEnabledAccountIsReadOnceWhileNothingChanges() {
        for (int i = 0; i < 100; i++) {
            assertTrue(active.isActive("lan"));
        }
        assertEquals(1, lookups.get());
    }

    @Test
    void anAdminsChangeIsSeenAtTheNextRequest() {
        assertTrue(active.isActive("lan"));
        enabled.put("lan", false);
        revision.incrementAndGet();
        assertFalse(active.isActive("lan"));
        assertFalse(active.isActive("lan"), "a disabled account is read again each time, never remembered");
    }

    @Test
    void aChangeMadeElsewhereIsSeenWithinTheMaximumAge() {
        assertTrue(active.isActive("lan"));
        enabled.put("lan", false);
        now.addAndGet(ActiveAccounts.MAX_AGE.toNanos() - 1);
        assertTrue(active.isActive("lan"), "still remembered");
        now.addAndGet(1);
        assertFalse(active.isActive("lan"));
    }

    @Test
    void aDeletedAccountIsNotActive() {
        assertFalse(active.isActive("nobody"));
    }
}
