package vn.langnghe.account;

import jakarta.persistence.Column;
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
import java.util.List;

/**
 * An organisation that owns accounts and decides which data they see. The standing unit, the
 * departments, the former districts and areas and the 168 local units come from the {@code V5} seed;
 * a local unit's parent is the former district or area it is grouped under.
 */
@Entity
@Table(name = "units")
@NamedQuery(name = "Unit.byCode", query = "SELECT u FROM Unit u WHERE u.code = :code")
public class Unit {
    @Id
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitKind kind;

    /** The former district or area a local unit is grouped under; null for the others. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    // The data scope, as three comma-separated code lists (see DataScope); all null for the whole city.
    @Column(name = "scope_areas", length = 1000)
    private String scopeAreas;

    @Column(name = "scope_wards", length = 1000)
    private String scopeWards;

    @Column(name = "scope_topics", length = 1000)
    private String scopeTopics;

    /** May see authors' personal data (names, handles, profile links); see docs/security.md. */
    @Column(name = "personal_data_clearance", nullable = false)
    private boolean personalDataClearance;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind, String scopeAreas) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.scopeAreas = scopeAreas;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public UnitKind getKind() { return kind; }
    public Unit getParent() { return parent; }
    public boolean hasPersonalDataClearance() { return personalDataClearance; }

    public DataScope scope() {
        return DataScope.parse(scopeAreas, scopeWards, scopeTopics);
    }

    /** Replaces the data scope (an admin's decision); the codes were checked when the scope was made. */
    public void changeScope(DataScope scope) {
        scopeAreas = stored(scope.areas());
        scopeWards = stored(scope.wards());
        scopeTopics = stored(scope.topics());
    }

    /** A new unit is grouped under its parent (set once, when an admin creates it). */
    void placeUnder(Unit parent) {
        this.parent = parent;
    }

    /** Grants or withdraws the personal-data clearance (an admin's decision, audited by the caller). */
    public void changePersonalDataClearance(boolean cleared) {
        personalDataClearance = cleared;
    }

    private static String stored(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }
}
