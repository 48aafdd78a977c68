package vn.langnghe.apiclient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import vn.langnghe.account.Unit;

/** A registered consuming system (V13). Its secret token is never here: only the hash. */
@Entity
@Table(name = "api_clients")
@NamedQuery(name = "ApiClient.byPrefix",
        query = "SELECT c FROM ApiClient c WHERE c.tokenPrefix = :prefix OR c.previousPrefix = :prefix")
@NamedQuery(name = "ApiClient.byName", query = "SELECT c FROM ApiClient c WHERE c.name = :name")
@NamedQuery(name = "ApiClient.all", query = "SELECT c FROM ApiClient c ORDER BY c.name")
public class ApiClient {
    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(length = 1000)
    private String description;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false, length = 200)
    private String permissions;

    @Column(name = "token_prefix", nullable = false, length = 32)
    private String tokenPrefix;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "previous_prefix", length = 32)
    private String previousPrefix;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "previous_valid_until")
    private Instant previousValidUntil;

    @Column(name = "rate_limit_per_minute", nullable = false)
    private int rateLimitPerMinute;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiClient() {
    }

    ApiClient(String name, String description, Unit unit, Set<Permission> permissions, int rateLimitPerMinute,
              Instant expiresAt, String createdBy, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.unit = unit;
        this.permissions = Permission.store(permissions);
        this.rateLimitPerMinute = rateLimitPerMinute;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void issue(String token) {
        tokenPrefix = ApiTokens.prefix(token).orElseThrow();
        tokenHash = ApiTokens.hash(token);
    }

    /** A new token; the current one keeps working until {@code overlapUntil} (now or earlier: not at all). */
    void rotate(String token, Instant now, Instant overlapUntil) {
        if (overlapUntil.isAfter(now)) {
            previousPrefix = tokenPrefix;
            previousHash = tokenHash;
            previousValidUntil = overlapUntil;
        } else {
            previousPrefix = null;
            previousHash = null;
            previousValidUntil = null;
        }
        issue(token);
        rotatedAt = now;
    }

    /**
     * Both tokens stop. The previous token's prefix and hash stay, so that a system still presenting it
     * is told "revoked" rather than "unknown"; its overlap ends now.
     */
    void revoke(String by, Instant at) {
        revokedAt = at;
        revokedBy = by;
        if (previousValidUntil != null && previousValidUntil.isAfter(at)) {
            previousValidUntil = at;
        }
    }

    void change(String description, Set<Permission> permissions, int rateLimitPerMinute, Instant expiresAt) {
        this.description = description;
        this.permissions = Permission.store(permissions);
        this.rateLimitPerMinute = rateLimitPerMinute;
        this.expiresAt = expiresAt;
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public Unit getUnit() { return unit; }
    public Set<Permission> getPermissions() { return Permission.read(permissions); }
    public String getTokenPrefix() { return tokenPrefix; }
    String getTokenHash() { return tokenHash; }
    String getPreviousPrefix() { return previousPrefix; }
    String getPreviousHash() { return previousHash; }
    public Instant getPreviousValidUntil() { return previousValidUntil; }
    public int getRateLimitPerMinute() { return rateLimitPerMinute; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRotatedAt() { return rotatedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
