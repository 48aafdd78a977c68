package vn.langnghe.account;

/** The kinds of organisations that own accounts. */
public enum UnitKind {
    ADMIN, DEPARTMENT, DISTRICT, WARD
}
