package vn.langnghe.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountRevision;
import vn.langnghe.account.AccountService;

/**
 * Whether a signed-in account may still use its session: it exists and is enabled. Asked on every
 * request, so the answer is remembered: until an admin changes any account (the {@link AccountRevision}
 * moves, which forgets everything at once) or for at most {@link #MAX_AGE}, for changes made outside the
 * application (by hand in the database).
 */
@ApplicationScoped
public class ActiveAccounts {
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @EJB
    AccountService accounts;

    @Inject
    AccountRevision revision;

    private final Map<String, Long> checkedAt = new ConcurrentHashMap<>();
    private volatile long seenRevision = -1;
    LongSupplier nanoTime = System::nanoTime;
    Predicate<String> lookup = username -> accounts.find(username).map(Account::isEnabled).orElse(false);
    LongSupplier currentRevision = () -> revision.current();

    public boolean isActive(String username) {
        long rev = currentRevision.getAsLong();
        if (rev != seenRevision) {
            checkedAt.clear();
            seenRevision = rev;
        }
        long now = nanoTime.getAsLong();
        Long at = checkedAt.get(username);
        if (at != null && now - at < MAX_AGE.toNanos()) {
            return true;
        }
        boolean active = lookup.test(username);
        if (active) {
            checkedAt.put(username, now);
        } else {
            checkedAt.remove(username);
        }
        return active;
    }
}
