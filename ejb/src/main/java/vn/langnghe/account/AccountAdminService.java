package vn.langnghe.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;

/**
 * The admins' account page and API: list (filtered, sorted, paged), create with a generated password,
 * edit (display name, unit, roles), reset the password, disable and enable. The platform always keeps
 * one enabled admin: the last one can be neither disabled nor stripped of the admin role. Every change
 * is audited with its old and new values, and moves the {@link AccountRevision}.
 */
@Stateless
public class AccountAdminService {
    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AccountRevision revision;

    @EJB
    AccountService accounts;

    Clock clock = Clock.systemUTC();

    public AccountPage list(AccountFilter f) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.unit() != null) {
            where.append(" AND a.unit.code = :unit");
        }
        if (f.role() != null) {
            where.append(" AND a.id IN (SELECT b.id FROM Account b JOIN b.roles r WHERE r = :role)");
        }
        if (f.enabled() != null) {
            where.append(" AND a.enabled = :enabled");
        }
        if (f.text() != null) {
            where.append(" AND (LOWER(a.username) LIKE :text ESCAPE '!' OR LOWER(a.displayName) LIKE :text ESCAPE '!')");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class);
        TypedQuery<Account> page = em.createQuery("SELECT a FROM Account a" + where + " ORDER BY " + f.sortPath()
                + (f.descending() ? " DESC" : " ASC") + ", a.username ASC", Account.class);
        for (TypedQuery<?> q : List.of(count, page)) {
            if (f.unit() != null) {
                q.setParameter("unit", f.unit());
            }
            if (f.role() != null) {
                q.setParameter("role", f.role());
            }
            if (f.enabled() != null) {
                q.setParameter("enabled", f.enabled());
            }
            if (f.text() != null) {
                q.setParameter("text", f.likePattern());
            }
        }
        Instant now = clock.instant();
        List<AccountView> items = page.setFirstResult(f.page() * f.size()).setMaxResults(f.size()).getResultList()
                .stream().map(a -> AccountView.of(a, now)).toList();
        return new AccountPage(count.getSingleResult(), items);
    }

    public AccountView get(String username) {
        return AccountView.of(existing(username), clock.instant());
    }

    /** A new account with a generated one-time password, returned once to the admin. */
    public Issued create(String actor, String username, String displayName, String unitCode, List<String> roles) {
        String u = AccountRules.username(username);
        String name = AccountRules.name("the display name", displayName);
        Set<Role> r = AccountRules.roles(roles);
        Unit unit = unit(unitCode);
        if (accounts.find(u).isPresent()) {
            throw AdminRefusal.duplicate("an account " + u + " exists already");
        }
        AccountService.IssuedPassword issued = accounts.createWithGeneratedPassword(actor, u, name, unit, r);
        revision.advance();
        return new Issued(AccountView.of(issued.account(), clock.instant()), issued.password());
    }

    /** Changes the display name, unit and roles; what is null keeps its value. */
    public AccountView update(String actor, String username, String displayName, String unitCode, List<String> roles) {
        Account a = existing(username);
        String name = displayName == null ? a.getDisplayName() : AccountRules.name("the display name", displayName);
        Unit unit = unitCode == null ? a.getUnit() : unit(unitCode);
        Set<Role> r = roles == null ? a.getRoles() : AccountRules.roles(roles);
        List<String> changes = new ArrayList<>();
        if (!name.equals(a.getDisplayName())) {
            changes.add("displayName " + a.getDisplayName() + " → " + name);
        }
        if (!unit.getCode().equals(a.getUnit().getCode())) {
            changes.add("unit " + a.getUnit().getCode() + " → " + unit.getCode());
        }
        if (!r.equals(a.getRoles())) {
            changes.add("roles " + AccountService.groups(a.getRoles()) + " → " + AccountService.groups(r));
        }
        AuditEvent event = AuditEvent.of(actor, "account.update").target("account:" + a.getUsername()).unit(unit.getCode());
        if (a.getRoles().contains(Role.ADMIN) && !r.contains(Role.ADMIN) && a.isEnabled() && otherEnabledAdmins(a) == 0) {
            String why = "the last enabled admin keeps the admin role";
            audit.record(event.outcome(Outcome.DENIED).detail(why));
            throw AdminRefusal.invalid(why);
        }
        a.change(name, unit, r);
        audit.record(event.detail(changes.isEmpty() ? "no change" : String.join("; ", changes)));
        revision.advance();
        return AccountView.of(a, clock.instant());
    }

    public Issued resetPassword(String actor, String username) {
        existing(username);
        AccountService.IssuedPassword issued = accounts.resetPassword(actor, username);
        return new Issued(AccountView.of(issued.account(), clock.instant()), issued.password());
    }

    /** Disables (the account's open sessions end at their next request) or enables an account. */
    public AccountView setEnabled(String actor, String username, boolean enabled) {
        Account a = existing(username);
        if (!enabled && !actor.equals(a.getUsername()) && a.isEnabled() && a.getRoles().contains(Role.ADMIN)
                && otherEnabledAdmins(a) == 0) {
            String why = "the last enabled admin cannot be disabled";
            audit.record(AuditEvent.of(actor, "account.disable").target("account:" + a.getUsername())
                    .unit(a.getUnit().getCode()).outcome(Outcome.DENIED).detail(why));
            throw AdminRefusal.invalid(why);
        }
        Account changed = accounts.setEnabled(actor, a.getUsername(), enabled);
        revision.advance();
        return AccountView.of(changed, clock.instant());
    }

    private long otherEnabledAdmins(Account a) {
        return em.createQuery("SELECT COUNT(b) FROM Account b JOIN b.roles r WHERE r = :admin AND b.enabled = TRUE"
                        + " AND b.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", a.getId()).getSingleResult();
    }

    private Unit unit(String code) {
        if (code == null || code.isBlank()) {
            throw AdminRefusal.invalid("an account needs a unit");
        }
        return em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", code.strip()).getResultStream().findFirst().orElseThrow(() -> AdminRefusal.invalid(
                "unknown unit \"" + ScopeCodes.shortened(code.strip()) + "\""));
    }

    private Account existing(String username) {
        return accounts.find(username == null ? "" : username.strip())
                .orElseThrow(() -> AdminRefusal.notFound("no account " + ScopeCodes.shortened(String.valueOf(username))));
    }

    /** An account and its generated one-time password: shown once, never stored. */
    public record Issued(AccountView account, String password) {
        @Override
        public String toString() {
            return "Issued[" + account.username() + ", password hidden]";
        }
    }
}
