package vn.langnghe.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever an admin changes an account's state (disable, enable, roles, unit),
 * so that whoever caches account states (the web tier's check of open sessions) knows at no cost
 * when to read them again. One server process holds the accounts' sessions, so one counter in memory is
 * enough; the cache also expires on its own, for changes made outside the application.
 */
@ApplicationScoped
public class AccountRevision {
    private final AtomicLong value = new AtomicLong();

    public long current() {
        return value.get();
    }

    void advance() {
        value.incrementAndGet();
    }
}
