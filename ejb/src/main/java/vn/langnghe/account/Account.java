package vn.langnghe.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.EnumSet;
import java.util.Set;

/** A person (or a system, for API clients) who signs in. */
@Entity
@Table(name = "accounts")
@NamedQuery(name = "Account.byUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
public class Account {
    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Wrong passwords since the last successful sign-in (see {@link LockoutRule}). */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The password was generated: the account must choose its own before using anything. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Unit unit, Set<Role> roles,
                   Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.unit = unit;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Unit getUnit() { return unit; }
    public Set<Role> getRoles() { return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }
    public boolean isEnabled() { return enabled; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public int getFailedSignIns() { return failedSignIns; }
    public Instant getLockedUntil() { return lockedUntil; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A successful sign-in: forgets the failures and any lock that has run out. */
    void signedIn(Instant at) {
        lastLoginAt = at;
        unlock();
    }

    /** Forgets the failures and lifts a lock (a success, or an admin's reset of the password). */
    void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** An admin's edit of who the account is and what it may do. */
    void change(String displayName, Unit unit, Set<Role> roles) {
        this.displayName = displayName;
        this.unit = unit;
        this.roles = EnumSet.copyOf(roles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A wrong password: counts it and locks the account when the rule says so. */
    void signInFailed(LockoutRule rule, Instant at) {
        failedSignIns = failedSignIns == Integer.MAX_VALUE ? failedSignIns : failedSignIns + 1;
        lockedUntil = rule.lockedUntil(failedSignIns, at).orElse(null);
    }

    /**
     * A new password hash; {@code generated} means someone else knows it (first start, an admin's
     * reset), so the account must change it at its next sign-in.
     */
    void setPassword(String hash, boolean generated, Instant at) {
        passwordHash = hash;
        mustChangePassword = generated;
        passwordChangedAt = at;
    }
}
