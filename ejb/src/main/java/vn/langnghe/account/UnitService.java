package vn.langnghe.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;

/**
 * The admins' work on units: the list (a tree through each unit's parent), a new unit, a unit's data
 * scope and its personal-data clearance. Every change is audited with the old and the new value.
 */
@Stateless
public class UnitService {
    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Every unit, parents before their children, each level by code. */
    public List<UnitView> list() {
        return all().stream().map(UnitView::of)
                .sorted(Comparator.comparing((UnitView u) -> u.parent() == null ? 0 : 1).thenComparing(UnitView::code))
                .toList();
    }

    public UnitView get(String code) {
        return UnitView.of(existing(code));
    }

    /** What a scope may name, with names for the pickers. */
    public ScopeCodes scopeCodes() {
        return ScopeCodes.of(all());
    }

    /**
     * A new unit. It starts with its parent's data scope (a new local unit under a former district sees
     * that district until an admin narrows it), or the whole city without a parent, and no clearance.
     */
    public UnitView create(String actor, String code, String name, String kind, String parentCode) {
        String c = AccountRules.unitCode(code);
        String n = AccountRules.name("the unit name", name);
        UnitKind k = AccountRules.kind(kind);
        Unit parent = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parent = find(parentCode.strip()).orElseThrow(() -> AdminRefusal.invalid(
                    "unknown parent unit \"" + ScopeCodes.shortened(parentCode.strip()) + "\""));
        }
        if (find(c).isPresent()) {
            throw AdminRefusal.duplicate("a unit " + c + " exists already");
        }
        Unit u = new Unit(c, n, k, null);
        if (parent != null) {
            u.placeUnder(parent);
            u.changeScope(parent.scope());
        }
        em.persist(u);
        audit.record(AuditEvent.of(actor, "unit.create").target("unit:" + c).unit(c)
                .detail("name=" + n + ", kind=" + k + ", parent=" + (parent == null ? "-" : parent.getCode())
                        + ", scope=" + describe(u.scope())));
        return UnitView.of(u);
    }

    /** Replaces a unit's data scope after checking every code; all lists empty is the whole city. */
    public UnitView changeScope(String actor, String code, List<String> areas, List<String> wards, List<String> topics) {
        Unit u = existing(code);
        DataScope scope = scopeCodes().check(areas, wards, topics);
        DataScope before = u.scope();
        u.changeScope(scope);
        audit.record(AuditEvent.of(actor, "unit.scope-change").target("unit:" + u.getCode()).unit(u.getCode())
                .detail(describe(before) + " → " + describe(scope)));
        return UnitView.of(u);
    }

    /** Grants or withdraws the personal-data clearance; the reason is required and kept in the audit trail. */
    public UnitView changeClearance(String actor, String code, boolean granted, String reason) {
        Unit u = existing(code);
        String why = AccountRules.reason(reason);
        boolean before = u.hasPersonalDataClearance();
        u.changePersonalDataClearance(granted);
        audit.record(AuditEvent.of(actor, granted ? "unit.clearance-grant" : "unit.clearance-withdraw")
                .target("unit:" + u.getCode()).unit(u.getCode())
                .detail("clearance " + before + " → " + granted + "; reason: " + why));
        return UnitView.of(u);
    }

    static String describe(DataScope s) {
        if (s.wholeCity()) {
            return "whole city";
        }
        return "areas=" + s.areas() + " wards=" + s.wards() + " topics=" + s.topics();
    }

    private List<Unit> all() {
        return em.createQuery("SELECT u FROM Unit u LEFT JOIN FETCH u.parent", Unit.class).getResultList();
    }

    private java.util.Optional<Unit> find(String code) {
        return em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", code).getResultStream().findFirst();
    }

    private Unit existing(String code) {
        return find(code == null ? "" : code.strip())
                .orElseThrow(() -> AdminRefusal.notFound("no unit " + ScopeCodes.shortened(String.valueOf(code))));
    }
}
