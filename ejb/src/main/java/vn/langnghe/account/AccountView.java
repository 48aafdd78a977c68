package vn.langnghe.account;

import java.time.Instant;
import java.util.Set;

/** An account as admins see it in the list (never its password hash). */
public record AccountView(String username, String displayName, String unit, String unitName, Set<Role> roles,
                          boolean enabled, boolean locked, boolean mustChangePassword, Instant lastLoginAt)
        implements java.io.Serializable {
    static AccountView of(Account a, Instant now) {
        return new AccountView(a.getUsername(), a.getDisplayName(), a.getUnit().getCode(), a.getUnit().getName(),
                a.getRoles(), a.isEnabled(), a.isLockedAt(now), a.isMustChangePassword(), a.getLastLoginAt());
    }
}
