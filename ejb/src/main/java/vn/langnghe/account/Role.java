package vn.langnghe.account;

/** What an account may do. Names are the Jakarta Security group names used in web.xml. */
public enum Role {
    ADMIN, ANALYST, VIEWER, API_CLIENT;

    public String group() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
