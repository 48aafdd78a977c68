package vn.langnghe.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.util.ClientUtils;
import vn.langnghe.account.DataScope;
import vn.langnghe.index.PostField;
import vn.langnghe.index.RegionPath;

/**
 * The caller's data scope as a Solr filter query. The one place that writes scope syntax, so every
 * read path (overview today; search, exports, reports, the API tomorrow) applies it the same way;
 * {@link DataScope} only holds codes, checked to be plain words or unit codes when they are read, and
 * nothing a request carries takes part in it.
 */
public final class ScopeFilter {
    /**
     * City-wide posts: no area token in the region path. A post that names only the city ({@code Sài Gòn},
     * {@code TP.HCM}) has just {@code 0/hcmc}, one that names no place has no path at all; a post that also
     * names a district is about that district, not the whole city.
     */
    static final String CITY_WIDE = "(*:* -" + PostField.REGION_PATH + ":"
            + ClientUtils.escapeQueryChars("1/" + RegionPath.CITY + "/") + "*)";

    private ScopeFilter() {
    }

    /** The filter query of a scope; none for the whole city. */
    public static Optional<String> of(DataScope scope) {
        if (scope.wholeCity()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(2);
        if (scope.hasRegions()) {
            parts.add("(" + regions(scope) + ")");
        }
        if (scope.hasTopics()) {
            parts.add(anyOf(PostField.TOPICS, scope.topics()));
        }
        return Optional.of(String.join(" AND ", parts));
    }

    // Units are matched on region_units, not on their region path: a post naming an old ward is indexed
    // under the old ward's area, which for a few new units is not the area they are grouped under.
    private static String regions(DataScope scope) {
        List<String> any = new ArrayList<>(3);
        if (!scope.areas().isEmpty()) {
            any.add(anyOf(PostField.REGION_AREAS, scope.areas()));
        }
        if (!scope.wards().isEmpty()) {
            any.add(anyOf(PostField.REGION_UNITS, scope.wards()));
        }
        any.add(CITY_WIDE);
        return String.join(" OR ", any);
    }

    private static String anyOf(String field, List<String> codes) {
        return field + ":(" + String.join(" OR ", codes) + ")";
    }
}
