package vn.langnghe.account;

/** A unit as admins see it: read inside the transaction, so its parent needs no open session. */
public record UnitView(String code, String name, UnitKind kind, String parent, DataScope scope,
                       boolean personalDataClearance) implements java.io.Serializable {
    static UnitView of(Unit u) {
        return new UnitView(u.getCode(), u.getName(), u.getKind(), u.getParent() == null ? null : u.getParent().getCode(),
                u.scope(), u.hasPersonalDataClearance());
    }
}
