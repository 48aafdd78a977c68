package vn.langnghe.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;

/**
 * Signs accounts in (with lockout), changes their passwords, and the admins' account actions: create,
 * reset a password, disable and enable. Every action is audited.
 */
@Stateless
public class AccountService {
    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "langnghe.signin.lockout-after")
    int lockoutAfter;

    @Inject
    @ConfigProperty(name = "langnghe.signin.lockout-seconds")
    long lockoutSeconds;

    @Inject
    @ConfigProperty(name = "langnghe.signin.lockout-max-seconds")
    long lockoutMaxSeconds;

    Clock clock = Clock.systemUTC();
    private LockoutRule lockout;

    @PostConstruct
    void readSettings() {
        lockout = new LockoutRule(lockoutAfter, Duration.ofSeconds(lockoutSeconds), Duration.ofSeconds(lockoutMaxSeconds));
    }

    public Optional<Account> find(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /**
     * Checks a password. Every refusal gives the caller the same empty answer (unknown account,
     * disabled, locked, wrong password), so the answer does not tell which accounts exist; the
     * {@code login} audit event says which it was ({@code denied}, with the reason in its detail).
     * A locked account is refused even with the right password, which is not checked. The account
     * returned may still have to change its password ({@link Account#isMustChangePassword()}): the
     * caller decides what that allows.
     */
    public Optional<Account> authenticate(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Account> known = find(username);
        AuditEvent event = AuditEvent.of(username, "login").unit(known.map(a -> a.getUnit().getCode()).orElse(null));
        String refusal = known.isEmpty() ? "unknown account"
                : !known.get().isEnabled() ? "account disabled"
                : known.get().isLockedAt(now) ? "account locked until " + known.get().getLockedUntil()
                : null;
        if (refusal != null) {
            audit.record(event.outcome(Outcome.DENIED).detail(refusal));
            return Optional.empty();
        }
        Account account = known.get();
        if (!PasswordHasher.matches(password, account.getPasswordHash())) {
            audit.record(event.outcome(Outcome.DENIED).detail(countFailure(account, now)));
            return Optional.empty();
        }
        account.signedIn(now);
        audit.record(event);
        return known;
    }

    /**
     * Counts a wrong password under a row lock, so that parallel guesses cannot overwrite each other's
     * count; says what happened, for the audit trail.
     */
    private String countFailure(Account account, Instant now) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        account.signInFailed(lockout, now);
        return "wrong password (" + account.getFailedSignIns() + " in a row)"
                + (account.isLockedAt(now) ? ", locked until " + account.getLockedUntil() : "");
    }

    /**
     * The account's own change of password ("my account", and the forced change after a generated
     * one). Refused, with every reason, when the current password is wrong (which counts towards the
     * lockout like a wrong sign-in) or the new one fails the {@link PasswordPolicy}. Audited as
     * {@code account.password-change}.
     */
    public Set<PasswordProblem> changePassword(String username, char[] current, char[] chosen) {
        Instant now = clock.instant();
        Account account = existing(username);
        AuditEvent event = AuditEvent.of(username, "account.password-change").target("account:" + username)
                .unit(account.getUnit().getCode());
        if (account.isLockedAt(now) || !PasswordHasher.matches(current, account.getPasswordHash())) {
            String why = account.isLockedAt(now) ? "account locked until " + account.getLockedUntil()
                    : countFailure(account, now);
            audit.record(event.outcome(Outcome.DENIED).detail(why));
            return EnumSet.of(PasswordProblem.WRONG_CURRENT_PASSWORD);
        }
        Set<PasswordProblem> problems = PasswordPolicy.standard().check(username, chosen);
        if (PasswordHasher.matches(chosen, account.getPasswordHash())) {
            problems.add(PasswordProblem.UNCHANGED);
        }
        if (!problems.isEmpty()) {
            audit.record(event.outcome(Outcome.DENIED).detail("refused by the password policy: " + problems));
            return problems;
        }
        account.setPassword(PasswordHasher.hash(chosen), false, now);
        audit.record(event);
        return problems;
    }

    public Optional<Unit> findUnit(String code) {
        return em.createNamedQuery("Unit.byCode", Unit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** Records a sign-out; the web tier ends the session. */
    public void signedOut(String username) {
        audit.record(AuditEvent.of(username, "logout").unit(find(username).map(a -> a.getUnit().getCode()).orElse(null)));
    }

    public Unit findOrCreateUnit(String code, String name, UnitKind kind, String scopeAreas) {
        return findUnit(code).orElseGet(() -> {
                    Unit u = new Unit(code, name, kind, scopeAreas);
                    em.persist(u);
                    return u;
                });
    }

    /**
     * Creates an account. {@code generated}: the password was made up by the platform and shown to
     * someone other than its owner, so the account must change it at its first sign-in; a password an
     * operator chose in configuration is not generated. {@code actor} is who creates it, for the audit
     * trail ({@code system} at first start).
     */
    public Account create(String actor, String username, String displayName, char[] password, boolean generated,
                          Unit unit, Set<Role> roles) {
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("an account " + username + " exists already");
        }
        Instant now = clock.instant();
        Account a = new Account(username, displayName, PasswordHasher.hash(password), unit, roles, now);
        a.setPassword(a.getPasswordHash(), generated, now);
        em.persist(a);
        audit.record(AuditEvent.of(actor, "account.create").target("account:" + username).unit(unit.getCode())
                .detail("unit=" + unit.getCode() + ", roles=" + groups(roles)
                        + (generated ? "; generated password, to be changed at first sign-in" : "")));
        return a;
    }

    /**
     * An admin creates an account with a generated one-time password, which the admin passes on once
     * (it is stored only as a hash); the account must replace it at its first sign-in.
     */
    public IssuedPassword createWithGeneratedPassword(String actor, String username, String displayName, Unit unit,
                                                      Set<Role> roles) {
        String password = PasswordHasher.generate();
        Account a = create(actor, username, displayName, password.toCharArray(), true, unit, roles);
        return new IssuedPassword(a, password);
    }

    /**
     * An admin resets a forgotten password: a new generated one-time password, to be changed at the next
     * sign-in; the reset also lifts a lockout. Audited as {@code account.password-reset}.
     */
    public IssuedPassword resetPassword(String actor, String username) {
        Account a = existing(username);
        String password = PasswordHasher.generate();
        a.setPassword(PasswordHasher.hash(password.toCharArray()), true, clock.instant());
        boolean wasLocked = a.isLockedAt(clock.instant());
        a.unlock();
        audit.record(AuditEvent.of(actor, "account.password-reset").target("account:" + username)
                .unit(a.getUnit().getCode())
                .detail("generated password, to be changed at next sign-in" + (wasLocked ? "; locked → unlocked" : "")));
        return new IssuedPassword(a, password);
    }

    /**
     * An admin disables an account (it can no longer sign in; nothing of it is deleted) or enables it
     * again. An admin cannot disable their own account, so the last admin cannot lock everyone out.
     * Audited as {@code account.disable} / {@code account.enable}.
     */
    public Account setEnabled(String actor, String username, boolean enabled) {
        Account a = existing(username);
        AuditEvent event = AuditEvent.of(actor, enabled ? "account.enable" : "account.disable")
                .target("account:" + username).unit(a.getUnit().getCode());
        if (!enabled && actor.equals(username)) {
            audit.record(event.outcome(Outcome.DENIED).detail("an admin cannot disable their own account"));
            throw AdminRefusal.invalid("an admin cannot disable their own account");
        }
        boolean before = a.isEnabled();
        a.setEnabled(enabled);
        audit.record(event.detail("enabled " + before + " → " + enabled));
        return a;
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> AdminRefusal.notFound("no account " + username));
    }

    static String groups(Set<Role> roles) {
        return roles.stream().map(Role::group).sorted().toList().toString();
    }

    /** A generated password and its account: shown once to the admin who asked for it, never stored. */
    public record IssuedPassword(Account account, String password) {
        @Override
        public String toString() {
            return "IssuedPassword[" + account.getUsername() + ", password hidden]";
        }
    }
}
