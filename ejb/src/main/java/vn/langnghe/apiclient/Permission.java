package vn.langnghe.apiclient;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API client may call; the codes are the API's and stable. */
public enum Permission {
    /** {@code GET /posts}, {@code /posts/{id}}, saved queries' items and feeds. */
    POSTS_READ("posts:read"),
    /** {@code GET /stats/timeline} and {@code /stats/facets}. */
    STATS_READ("stats:read"),
    /** {@code POST /analyze}. */
    ANALYZE("analyze"),
    /** {@code /sources}: the harvest sources' administration. */
    SOURCES_ADMIN("sources:admin");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Permission> ofCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.code.equals(c)).findFirst();
    }

    /** Stored form: codes in declaration order, comma-separated. */
    static String store(Set<Permission> permissions) {
        return permissions.stream().sorted().map(Permission::code).collect(Collectors.joining(","));
    }

    static Set<Permission> read(String stored) {
        Set<Permission> out = EnumSet.noneOf(Permission.class);
        if (stored != null) {
            for (String s : stored.split(",")) {
                ofCode(s).ifPresent(out::add);
            }
        }
        return out;
    }
}
