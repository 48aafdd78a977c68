package vn.langnghe.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An organisation that owns accounts and decides which data they see. */
@Entity
@Table(name = "units")
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

    /** Comma-separated area codes; null for the whole city. */
    @Column(name = "scope_areas", length = 1000)
    private String scopeAreas;

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

    public DataScope scope() {
        return DataScope.parse(scopeAreas);
    }
}
