package vn.langnghe.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.audit.AuditRequest;

/**
 * Slows down password guessing: after too many failed sign-ins from one client address, or for one
 * username, within a window, further attempts are refused without checking the password until the
 * oldest failure leaves the window. Only failures count: the API's scripts sign in with Basic on every
 * request, and a correct password is not a guess. The counts live in this node's memory (a restart
 * forgets them; each node of a cluster counts its own). Account lockout is the account service's
 * business, not this class's.
 */
@ApplicationScoped
public class SignInRateLimit {
    @Inject
    @ConfigProperty(name = "langnghe.signin.max-failures-per-address", defaultValue = "10")
    int perAddress;

    @Inject
    @ConfigProperty(name = "langnghe.signin.max-failures-per-username", defaultValue = "5")
    int perUsername;

    @Inject
    @ConfigProperty(name = "langnghe.signin.window-seconds", defaultValue = "60")
    int windowSeconds;

    @Inject
    AuditRequest auditRequest;

    private SlidingWindow byAddress;
    private SlidingWindow byUsername;
    private Supplier<String> clientAddress;

    public SignInRateLimit() {
        // for CDI; set up in start()
    }

    SignInRateLimit(int perAddress, int perUsername, Duration window, Clock clock, Supplier<String> clientAddress) {
        init(perAddress, perUsername, window, clock, clientAddress);
    }

    @PostConstruct
    void start() {
        // the address ClientAddressFilter took from this request, the same the audit trail records
        init(perAddress, perUsername, Duration.ofSeconds(windowSeconds), Clock.systemUTC(),
                () -> auditRequest.getClientAddress());
    }

    private void init(int perAddress, int perUsername, Duration window, Clock clock, Supplier<String> clientAddress) {
        this.byAddress = new SlidingWindow(perAddress, window, clock);
        this.byUsername = new SlidingWindow(perUsername, window, clock);
        this.clientAddress = clientAddress;
    }

    /** How long the current client must wait before signing in as {@code username}; empty: it may now. */
    public Optional<Duration> retryAfter(String username) {
        Optional<Duration> address = byAddress.retryAfter(address());
        Optional<Duration> user = byUsername.retryAfter(usernameKey(username));
        if (address.isEmpty()) {
            return user;
        }
        return user.isEmpty() || address.get().compareTo(user.get()) > 0 ? address : user;
    }

    /** A sign-in of the current client as {@code username} failed. */
    public void failed(String username) {
        byAddress.record(address());
        byUsername.record(usernameKey(username));
    }

    /** Whole seconds for a Retry-After header or a message: rounded up, at least 1. */
    public static long seconds(Duration wait) {
        long s = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }

    private String address() {
        String a = clientAddress.get();
        return a == null || a.isBlank() ? "unknown" : a;
    }

    /** Usernames differing only in case or surrounding blanks are one; a huge name cannot grow the map. */
    static String usernameKey(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 200 ? u.substring(0, 200) : u;
    }
}
