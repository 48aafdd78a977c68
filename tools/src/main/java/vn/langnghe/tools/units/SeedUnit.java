package vn.langnghe.tools.units;

import java.util.List;
import vn.langnghe.account.DataScope;
import vn.langnghe.account.UnitKind;

/**
 * One row of the units seed. The scope is a {@link DataScope}, so a seeded code is checked exactly as a
 * stored one is when it is read.
 *
 * @param parentCode the code of the unit this one is grouped under, or null
 */
record SeedUnit(String code, String name, UnitKind kind, String parentCode, DataScope scope) {
    static SeedUnit standing() {
        // the code, name and kind AccountBootstrap has always given the admins' unit
        return new SeedUnit("city-admin", "Ban quản trị Lắng Nghe", UnitKind.ADMIN, null, DataScope.WHOLE_CITY);
    }

    static SeedUnit department(String code, String name, List<String> topics) {
        return new SeedUnit(code, name, UnitKind.DEPARTMENT, null, new DataScope(List.of(), List.of(), topics));
    }

    static SeedUnit area(FormerArea area) {
        return new SeedUnit(areaCode(area.area()), area.name() + " (cũ)", UnitKind.DISTRICT, null,
                new DataScope(List.of(area.area())));
    }

    /** A ward, commune or the special zone: its own unit code and the area it is grouped under. */
    static SeedUnit local(ReferenceUnits.NewUnit unit, FormerArea area) {
        return new SeedUnit("ward-" + unit.code(), "UBND " + lowerFirst(unit.name()), UnitKind.WARD,
                areaCode(area.area()), new DataScope(List.of(area.area()), List.of(unit.code()), List.of()));
    }

    private static String areaCode(String area) {
        return "area-" + area;
    }

    // "Phường Sài Gòn" → "UBND phường Sài Gòn": the kind of unit is a common noun after UBND
    private static String lowerFirst(String name) {
        return name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }
}
