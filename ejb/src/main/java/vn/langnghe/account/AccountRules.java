package vn.langnghe.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What an admin may type for an account or a unit; each refusal says what is allowed. */
public final class AccountRules {
    /** Lower-case letters, digits, dot, dash, underscore; 3 to 64; starting with a letter. */
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    /** Like the seeded codes: {@code ward-26734}, {@code area-q1}, {@code so-y-te}. */
    static final Pattern UNIT_CODE = Pattern.compile("[a-z][a-z0-9_-]{1,63}");
    static final int MAX_NAME = 200;
    static final int MAX_REASON = 500;

    private AccountRules() {
    }

    public static String username(String raw) {
        String u = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw AdminRefusal.invalid("a username has 3 to 64 characters: lower-case letters a-z, digits, '.', '-' or '_',"
                    + " starting with a letter (not \"" + ScopeCodes.shortened(raw == null ? "" : raw) + "\")");
        }
        return u;
    }

    public static String unitCode(String raw) {
        String c = raw == null ? "" : raw.strip();
        if (!UNIT_CODE.matcher(c).matches()) {
            throw AdminRefusal.invalid("a unit code has 2 to 64 characters: lower-case letters a-z, digits, '-' or '_',"
                    + " starting with a letter (not \"" + ScopeCodes.shortened(c) + "\")");
        }
        return c;
    }

    /** A display or unit name: required, at most 200 characters, no control characters. */
    public static String name(String what, String raw) {
        String n = raw == null ? "" : raw.strip();
        if (n.isEmpty()) {
            throw AdminRefusal.invalid(what + " is required");
        }
        if (n.length() > MAX_NAME) {
            throw AdminRefusal.invalid(what + " has at most " + MAX_NAME + " characters");
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw AdminRefusal.invalid(what + " must not contain control characters (line breaks, tabs)");
        }
        return n;
    }

    public static String reason(String raw) {
        String r = raw == null ? "" : raw.strip();
        if (r.isEmpty()) {
            throw AdminRefusal.invalid("a reason is required: say why the clearance is granted or withdrawn");
        }
        if (r.length() > MAX_REASON) {
            throw AdminRefusal.invalid("the reason has at most " + MAX_REASON + " characters");
        }
        return r.replaceAll("\\p{Cntrl}+", " ");
    }

    /** Roles by their group names ({@code admin}, {@code analyst}...); at least one. */
    public static Set<Role> roles(List<String> groups) {
        if (groups == null || groups.isEmpty()) {
            throw AdminRefusal.invalid("an account needs at least one role (admin, analyst, viewer, api_client)");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String g : groups) {
            roles.add(role(g));
        }
        return roles;
    }

    public static Role role(String group) {
        for (Role r : Role.values()) {
            if (r.group().equals(group == null ? "" : group.strip())) {
                return r;
            }
        }
        throw AdminRefusal.invalid("unknown role \"" + ScopeCodes.shortened(String.valueOf(group))
                + "\" (roles: admin, analyst, viewer, api_client)");
    }

    public static UnitKind kind(String raw) {
        for (UnitKind k : UnitKind.values()) {
            if (k.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                return k;
            }
        }
        throw AdminRefusal.invalid("unknown unit kind \"" + ScopeCodes.shortened(String.valueOf(raw))
                + "\" (kinds: admin, department, district, ward)");
    }
}
