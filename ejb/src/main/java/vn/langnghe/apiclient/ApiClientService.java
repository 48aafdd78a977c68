package vn.langnghe.apiclient;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.account.AccountRules;
import vn.langnghe.account.AdminRefusal;
import vn.langnghe.account.ScopeCodes;
import vn.langnghe.account.Unit;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;

/**
 * The admins' work on API clients (register, change, rotate, revoke) and the check of a presented token
 * on every API call. Every change is audited ({@code api-client.*}, target {@code api-client:<id>}) with
 * what changed; a token never appears in an event, a log or an answer other than the one that issues it.
 */
@Stateless
public class ApiClientService {
    /** The longest a replaced token may go on working after a rotation. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(30);
    public static final int MAX_RATE_PER_MINUTE = 100_000;
    /** last_used_at is written at most this often per client: not a database write on every call. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "langnghe.api.rate-limit-per-minute", defaultValue = "600")
    int defaultRatePerMinute;

    Clock clock = Clock.systemUTC();

    public List<ApiClientView> list() {
        Instant now = clock.instant();
        return em.createNamedQuery("ApiClient.all", ApiClient.class).getResultList().stream()
                .map(c -> ApiClientView.of(c, now)).toList();
    }

    public ApiClientView get(long id) {
        return ApiClientView.of(existing(id), clock.instant());
    }

    /** A new client and its first token. */
    public IssuedToken register(String actor, ApiClientDraft draft) {
        String name = name(draft.name());
        if (!em.createNamedQuery("ApiClient.byName", ApiClient.class).setParameter("name", name).getResultList().isEmpty()) {
            throw AdminRefusal.duplicate("an API client " + name + " exists already");
        }
        Instant now = clock.instant();
        ApiClient c = new ApiClient(name, description(draft.description()), unit(draft.unitCode()),
                permissions(draft.permissions()), rate(draft.rateLimitPerMinute()), expiry(draft.expiresAt(), now), actor, now);
        String token = ApiTokens.generate();
        c.issue(token);
        em.persist(c);
        em.flush();
        audit.record(AuditEvent.of(actor, "api-client.register").target("api-client:" + c.getId())
                .detail("name=" + name + " unit=" + c.getUnit().getCode() + " permissions=" + Permission.store(c.getPermissions())
                        + " rate=" + c.getRateLimitPerMinute() + "/min expires=" + (c.getExpiresAt() == null ? "never" : c.getExpiresAt())
                        + " token=" + c.getTokenPrefix() + "…"));
        return new IssuedToken(ApiClientView.of(c, now), token);
    }

    /** A client's description, permissions, rate limit and expiry; its name, unit and token stay. */
    public ApiClientView change(String actor, long id, ApiClientDraft draft) {
        ApiClient c = existing(id);
        if (c.getRevokedAt() != null) {
            throw AdminRefusal.invalid("the client " + c.getName() + " is revoked: register a new one");
        }
        Instant now = clock.instant();
        String before = "permissions=" + Permission.store(c.getPermissions()) + " rate=" + c.getRateLimitPerMinute()
                + " expires=" + (c.getExpiresAt() == null ? "never" : c.getExpiresAt());
        // an expiry left as it was may lie in the past (the client has expired): changing only its rate
        // limit must not be refused for that; a new expiry must lie in the future
        Instant expiresAt = Objects.equals(draft.expiresAt(), c.getExpiresAt()) ? c.getExpiresAt()
                : expiry(draft.expiresAt(), now);
        c.change(description(draft.description()), permissions(draft.permissions()), rate(draft.rateLimitPerMinute()),
                expiresAt);
        String after = "permissions=" + Permission.store(c.getPermissions()) + " rate=" + c.getRateLimitPerMinute()
                + " expires=" + (c.getExpiresAt() == null ? "never" : c.getExpiresAt());
        audit.record(AuditEvent.of(actor, "api-client.change").target("api-client:" + id).detail(before + " → " + after));
        return ApiClientView.of(c, now);
    }

    /**
     * A new token for the client; the one it replaces goes on working for {@code overlap} (zero: stops at
     * once), so the consuming system can switch without a gap. A revoked client gets no new token.
     */
    public IssuedToken rotate(String actor, long id, Duration overlap) {
        ApiClient c = existing(id);
        if (c.getRevokedAt() != null) {
            throw AdminRefusal.invalid("the client " + c.getName() + " is revoked: register a new one");
        }
        if (overlap == null || overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw AdminRefusal.invalid("the overlap is from 0 to " + MAX_OVERLAP.toHours() + " hours");
        }
        Instant now = clock.instant();
        String old = c.getTokenPrefix();
        String token = ApiTokens.generate();
        c.rotate(token, now, now.plus(overlap));
        audit.record(AuditEvent.of(actor, "api-client.rotate").target("api-client:" + id)
                .detail("token=" + old + "… → " + c.getTokenPrefix() + "… overlap=" + overlap.toMinutes() + "min"));
        return new IssuedToken(ApiClientView.of(c, now), token);
    }

    /** Every token of the client stops working now, for good. */
    public ApiClientView revoke(String actor, long id) {
        ApiClient c = existing(id);
        Instant now = clock.instant();
        if (c.getRevokedAt() == null) {
            c.revoke(actor, now);
            audit.record(AuditEvent.of(actor, "api-client.revoke").target("api-client:" + id).detail("name=" + c.getName()));
        }
        return ApiClientView.of(c, now);
    }

    /** What a presented token is: valid (with the client and its unit as they are now), unknown, expired or revoked. */
    public TokenCheck check(String token) {
        Optional<String> prefix = ApiTokens.prefix(token);
        if (prefix.isEmpty()) {
            return TokenCheck.refused(TokenCheck.Status.UNKNOWN);
        }
        List<ApiClient> found = em.createNamedQuery("ApiClient.byPrefix", ApiClient.class)
                .setParameter("prefix", prefix.get()).getResultList();
        Instant now = clock.instant();
        for (ApiClient c : found) {
            boolean current = prefix.get().equals(c.getTokenPrefix()) && ApiTokens.matches(token, c.getTokenHash());
            boolean previous = prefix.get().equals(c.getPreviousPrefix()) && ApiTokens.matches(token, c.getPreviousHash());
            if (!current && !previous) {
                continue;
            }
            if (c.getRevokedAt() != null) {
                return TokenCheck.refused(TokenCheck.Status.REVOKED, c.getName(), c.getUnit().getCode());
            }
            if (c.getExpiresAt() != null && !c.getExpiresAt().isAfter(now)
                    || previous && (c.getPreviousValidUntil() == null || !c.getPreviousValidUntil().isAfter(now))) {
                return TokenCheck.refused(TokenCheck.Status.EXPIRED, c.getName(), c.getUnit().getCode());
            }
            if (c.getLastUsedAt() == null || c.getLastUsedAt().plus(USE_RESOLUTION).isBefore(now)) {
                c.used(now);
            }
            Unit u = c.getUnit();
            return new TokenCheck(TokenCheck.Status.VALID, c.getName(), u.getCode(), u.scope(),
                    u.hasPersonalDataClearance(), c.getPermissions(), c.getRateLimitPerMinute());
        }
        return TokenCheck.refused(TokenCheck.Status.UNKNOWN);
    }

    private ApiClient existing(long id) {
        ApiClient c = em.find(ApiClient.class, id);
        if (c == null) {
            throw AdminRefusal.notFound("no API client " + id);
        }
        return c;
    }

    /** A client's name has a username's form (it is the audit actor {@code client:<name>}). */
    static String name(String raw) {
        try {
            return AccountRules.username(raw);
        } catch (AdminRefusal e) {
            throw AdminRefusal.invalid("a client name has 3 to 64 characters: lower-case letters a-z, digits, '.', '-' or '_',"
                    + " starting with a letter (not \"" + ScopeCodes.shortened(raw == null ? "" : raw) + "\")");
        }
    }

    private Unit unit(String code) {
        String c = code == null ? "" : code.strip();
        return em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", c).getResultStream().findFirst()
                .orElseThrow(() -> AdminRefusal.invalid("unknown unit \"" + ScopeCodes.shortened(c) + "\""));
    }

    static Set<Permission> permissions(List<String> codes) {
        Set<Permission> out = EnumSet.noneOf(Permission.class);
        if (codes != null) {
            for (String s : codes) {
                out.add(Permission.ofCode(s).orElseThrow(() -> AdminRefusal.invalid("unknown permission \""
                        + ScopeCodes.shortened(s == null ? "" : s) + "\": posts:read, stats:read, analyze or sources:admin")));
            }
        }
        if (out.isEmpty()) {
            throw AdminRefusal.invalid("a client needs at least one permission: posts:read, stats:read, analyze or sources:admin");
        }
        return out;
    }

    private int rate(Integer perMinute) {
        int r = perMinute == null ? defaultRatePerMinute : perMinute;
        if (r < 1 || r > MAX_RATE_PER_MINUTE) {
            throw AdminRefusal.invalid("the rate limit is from 1 to " + MAX_RATE_PER_MINUTE + " calls a minute");
        }
        return r;
    }

    private static Instant expiry(Instant at, Instant now) {
        if (at != null && !at.isAfter(now)) {
            throw AdminRefusal.invalid("the expiry must lie in the future");
        }
        return at;
    }

    private static String description(String d) {
        if (d == null || d.isBlank()) {
            return null;
        }
        String s = d.strip();
        if (s.length() > 1000) {
            throw AdminRefusal.invalid("the description has at most 1000 characters");
        }
        return s;
    }
}
