package vn.langnghe.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.audit.AuditLog;

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
     * and both are audited.
     */
    public Optional<Account> authenticate(String username, char[] password) {
        Optional<Account> account = find(username).filter(Account::isEnabled);
        boolean ok = account.isPresent() && PasswordHasher.matches(password, account.get().getPasswordHash());
        if (!ok) {
            audit.record(username, "login.failed", null);
            return Optional.empty();
        }
        account.get().loggedIn(Instant.now());
        audit.record(username, "login", null);
        return account;
    }

    public Optional<Unit> findUnit(String code) {
        return em.createNamedQuery("Unit.byCode", Unit.class)
                .setParameter("code", code).getResultStream().findFirst();
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
        audit.record("system", "account.created", username);
        return a;
    }
}
