package vn.langnghe.analysis.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Set<String> AREAS = Set.of("q1", "q3", "q4", "q5", "q6", "q7", "q8", "q10", "q11", "q12",
            "binh_tan", "binh_thanh", "go_vap", "phu_nhuan", "tan_binh", "tan_phu", "thu_duc", "binh_chanh", "can_gio",
            "cu_chi", "hoc_mon", "nha_be", "binh_duong", "ba_ria_vung_tau", "hcmc");

    private final List<RegionMatcher.Entry> entries = RegionMatcher.load().entries();

    private List<RegionMatcher.Entry> of(RegionMatcher.Kind k) {
        return entries.stream().filter(e -> e.kind() == k).toList();
    }

    @Test
    void counts() {
        List<RegionMatcher.Entry> units = of(RegionMatcher.Kind.UNIT);
        long landmarks = of(RegionMatcher.Kind.LANDMARK).size();
        System.out.printf("Gazetteer: %d units, %d old wards, %d districts, %d landmarks, %d aliases in the trie%n",
                units.size(), of(RegionMatcher.Kind.OLD_WARD).size(), of(RegionMatcher.Kind.DISTRICT).size(),
                landmarks, RegionMatcher.load().aliasCount());
        assertEquals(168, units.size());
        assertEquals(168, units.stream().map(e -> e.units().get(0)).distinct().count());
        assertTrue(landmarks >= 300, "landmarks: " + landmarks);
        assertTrue(of(RegionMatcher.Kind.OLD_WARD).size() >= 400);
    }

    @Test
    void all22FormerDistricts() {
        Set<String> hcmcAreas = of(RegionMatcher.Kind.DISTRICT).stream().map(RegionMatcher.Entry::area)
                .filter(a -> !a.equals("binh_duong") && !a.equals("ba_ria_vung_tau")).collect(Collectors.toSet());
        assertEquals(22, hcmcAreas.size(), hcmcAreas.toString());
        Set<String> names = of(RegionMatcher.Kind.DISTRICT).stream().map(RegionMatcher.Entry::name).collect(Collectors.toSet());
        for (String d : List.of("Quận 1", "Quận 3", "Quận 4", "Quận 5", "Quận 6", "Quận 7", "Quận 8", "Quận 10", "Quận 11",
                "Quận 12", "Quận Bình Tân", "Quận Bình Thạnh", "Quận Gò Vấp", "Quận Phú Nhuận", "Quận Tân Bình",
                "Quận Tân Phú", "Thành phố Thủ Đức", "Huyện Bình Chánh", "Huyện Cần Giờ", "Huyện Củ Chi", "Huyện Hóc Môn",
                "Huyện Nhà Bè")) {
            assertTrue(names.contains(d), d);
        }
    }

    @Test
    void everyEntryHasAKnownArea() {
        for (RegionMatcher.Entry e : entries) {
            if (e.kind() == RegionMatcher.Kind.OTHER) {
                continue;
            }
            assertTrue(AREAS.contains(e.area()), e.name() + " -> " + e.area());
            assertTrue(!e.aliases().isEmpty(), e.name());
        }
    }

    @Test
    void everyUnitNameIsFoundAsItself() {
        RegionMatcher m = RegionMatcher.load();
        for (RegionMatcher.Entry e : of(RegionMatcher.Kind.UNIT)) {
            List<RegionMatch> found = m.find(e.name());
            assertEquals(1, found.size(), e.name());
            assertEquals(e.units(), found.get(0).units(), e.name());
        }
    }

    /**
     * A landmark's unit codes come from the old ward its address gives (sixth column of landmarks.tsv), read
     * through the old → new links: the old ward's own gazetteer entry must have exactly those codes and area.
     */
    @Test
    void landmarkUnitsAreThoseOfTheirOldWard() throws java.io.IOException {
        int withUnits = 0;
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                RegionMatcher.class.getResourceAsStream(RegionMatcher.LANDMARKS), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length < 4 || f[3].isBlank()) {
                    continue;
                }
                assertTrue(f.length >= 6 && !f[5].isBlank(), "no old ward given for " + f[1]);
                String where = f[5];
                List<RegionMatcher.Entry> ward = entries.stream()
                        .filter(e -> e.kind() == RegionMatcher.Kind.OLD_WARD && e.name().startsWith(where + ", ")
                                || e.kind() == RegionMatcher.Kind.DISTRICT && e.name().startsWith(where + " "))
                        .toList();
                assertEquals(1, ward.size(), f[1] + ": " + where + " -> " + ward);
                assertEquals(ward.get(0).units(), List.of(f[3].split(",")), f[1]);
                assertEquals(ward.get(0).area(), f[2], f[1]);
                withUnits++;
            }
        }
        System.out.println("Landmarks with unit codes: " + withUnits);
        assertTrue(withUnits >= 180, "landmarks with units: " + withUnits);
    }
}
