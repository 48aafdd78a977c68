package vn.langnghe.tools.units;

import java.util.List;
import vn.langnghe.analysis.region.RegionMatch;
import vn.langnghe.analysis.region.RegionMatcher;

/**
 * What a new unit is grouped under: a former district of the old city ({@code Quận 1}, {@code Thành phố
 * Thủ Đức}) or a former province ({@code Tỉnh Bình Dương}), which the index treats as one area each. The
 * area code is the one the region gazetteer gives the name, so a scope uses exactly the codes posts are
 * indexed with.
 */
record FormerArea(String name, String area) {
    /** The old city: its former districts are areas of their own; the other old provinces are one area each. */
    static final String OLD_CITY = "Thành phố Hồ Chí Minh";

    static FormerArea of(ReferenceUnits.OldLink link, RegionMatcher gazetteer) {
        String name = link.oldProvinceName().equals(OLD_CITY) ? link.oldDistrictName() : link.oldProvinceName();
        return new FormerArea(name, areaOf(name, gazetteer));
    }

    private static String areaOf(String name, RegionMatcher gazetteer) {
        List<RegionMatch> found = gazetteer.find(name);
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != name.length()) {
            throw new IllegalStateException("the region gazetteer does not read '" + name + "' as one area: " + found);
        }
        return found.get(0).area();
    }
}
