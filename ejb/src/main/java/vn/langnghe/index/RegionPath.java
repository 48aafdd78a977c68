package vn.langnghe.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns region facts (area code, optional unit code) into the depth-prefixed tokens of the
 * {@link PostField#REGION_PATH} field. A facet on that field with {@code facet.prefix=1/hcmc/} lists
 * the areas of the city; {@code facet.prefix=2/hcmc/q1/} lists the units of one area. This is the
 * usual Solr recipe for hierarchical facets, and it keeps each level a plain docValues string.
 */
public final class RegionPath {
    public static final String CITY = "hcmc";

    private RegionPath() {
    }

    /** Tokens for one place: the city, its area, and its unit when known. */
    public static List<String> tokens(String area, String unit) {
        List<String> out = new ArrayList<>(3);
        out.add("0/" + CITY);
        if (area == null || area.isBlank() || area.equals(CITY)) {
            return out;
        }
        out.add("1/" + CITY + "/" + area);
        if (unit != null && !unit.isBlank()) {
            out.add("2/" + CITY + "/" + area + "/" + unit);
        }
        return out;
    }

    /** Tokens for every place of a post, without repeats, in a stable order. */
    public static List<String> tokens(List<String> areas, List<String> units) {
        Set<String> all = new LinkedHashSet<>();
        int n = Math.max(areas.size(), 1);
        for (int i = 0; i < n; i++) {
            String area = i < areas.size() ? areas.get(i) : null;
            String unit = i < units.size() ? units.get(i) : null;
            if (area == null && unit == null) {
                continue;
            }
            all.addAll(tokens(area, unit));
        }
        return List.copyOf(all);
    }
}
