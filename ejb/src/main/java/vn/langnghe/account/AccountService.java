package vn.langnghe.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;

/** Signs accounts in and creates them. */
@Stateless
public class AccountService {
    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    @jakarta.inject.Inject
    AuditLog audit;

    public Optional<Account> find(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /**
     * Checks a password. Unknown users and wrong passwords take the same path and give the same answer,
     * and both are audited (a {@code login} event, {@code denied} when refused; the unit when the account exists).
     */
    public Optional<Account> authenticate(String username, char[] password) {
        Optional<Account> known = find(username);
        Optional<Account> account = known.filter(Account::isEnabled);
        boolean ok = account.isPresent() && PasswordHasher.matches(password, account.get().getPasswordHash());
        AuditEvent event = AuditEvent.of(username, "login").unit(known.map(a -> a.getUnit().getCode()).orElse(null));
        if (!ok) {
            audit.record(event.outcome(Outcome.DENIED));
            return Optional.empty();
        }
        account.get().loggedIn(Instant.now());
        audit.record(event);
        return account;
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

    public Account create(String username, String displayName, char[] password, Unit unit, Set<Role> roles) {
        Account a = new Account(username, displayName, PasswordHasher.hash(password), unit, roles, Instant.now());
        em.persist(a);
        audit.record(AuditEvent.of("system", "account.create").target("account:" + username).unit(unit.getCode()));
        return a;
    }
}
