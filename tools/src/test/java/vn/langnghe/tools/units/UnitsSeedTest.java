package vn.langnghe.tools.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.account.UnitKind;
import vn.langnghe.analysis.region.RegionMatch;
import vn.langnghe.analysis.region.RegionMatcher;

/** The units seed: what it holds, and that the committed migration is what the generator makes. */
class UnitsSeedTest {
    private static final List<SeedUnit> UNITS = UnitsSeed.units();
    private static final Map<String, SeedUnit> BY_CODE = UNITS.stream()
            .collect(Collectors.toMap(SeedUnit::code, Function.identity()));

    private static List<String> lines(String resource) throws Exception {
        try (InputStream in = UnitsSeedTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }

    private static List<SeedUnit> ofKind(UnitKind kind) {
        return UNITS.stream().filter(u -> u.kind() == kind).toList();
    }

    @Test
    void theCommittedMigrationIsWhatTheGeneratorMakes() throws Exception {
        List<String> expected = SeedSql.lines(UNITS);
        List<String> actual = lines(UnitsSeed.MIGRATION);
        String fix = "; run bin/langnghe seed-units and commit ejb/src/main/resources/" + UnitsSeed.MIGRATION;
        for (int k = 0; k < Math.min(expected.size(), actual.size()); k++) {
            assertEquals(expected.get(k), actual.get(k), "line " + (k + 1) + fix);
        }
        assertEquals(expected.size(), actual.size(), "lines" + fix);
    }

    @Test
    void all168LocalUnitsBy113Wards54CommunesAndOneSpecialZone() {
        List<SeedUnit> local = ofKind(UnitKind.WARD);
        assertEquals(168, local.size());
        Map<String, Long> byType = local.stream().collect(Collectors.groupingBy(
                u -> u.name().substring("UBND ".length()).split(" ")[0], Collectors.counting()));
        assertEquals(Map.of("phường", 113L, "xã", 54L, "đặc", 1L), byType);
    }

    @Test
    void everyLocalUnitIsGroupedUnderAnAreaAndSeesItselfAndThatArea() {
        for (SeedUnit u : ofKind(UnitKind.WARD)) {
            SeedUnit parent = BY_CODE.get(u.parentCode());
            assertNotNull(parent, u.code() + " has no parent");
            assertEquals(UnitKind.DISTRICT, parent.kind(), u.code());
            assertEquals(parent.scope().areas(), u.scope().areas(), u.code() + " sees the area it is grouped under");
            assertEquals(List.of(u.code().substring("ward-".length())), u.scope().wards(), u.code());
            assertTrue(u.scope().topics().isEmpty(), u.code());
        }
        assertEquals(24, ofKind(UnitKind.DISTRICT).size(), "22 former districts of the old city, 2 former provinces");
    }

    @Test
    void codesAreUniqueAndNamesNfc() {
        Set<String> codes = new HashSet<>();
        for (SeedUnit u : UNITS) {
            assertTrue(codes.add(u.code()), "twice: " + u.code());
            assertTrue(u.code().matches("[a-z0-9_-]{1,64}"), u.code());
            assertEquals(Normalizer.normalize(u.name(), Normalizer.Form.NFC), u.name(), "not NFC: " + u.name());
        }
    }

    @Test
    void theDemoWardIsPhuongSaiGonInFormerDistrict1() {
        SeedUnit saiGon = BY_CODE.get("ward-26740");
        assertEquals("UBND phường Sài Gòn", saiGon.name());
        assertEquals("area-q1", saiGon.parentCode());
        assertEquals(new DataScope(List.of("q1"), List.of("26740"), List.of()), saiGon.scope());
        assertEquals("Quận 1 (cũ)", BY_CODE.get("area-q1").name());
        assertEquals("Tỉnh Bình Dương (cũ)", BY_CODE.get("area-binh_duong").name());
        assertEquals(36, ofKind(UnitKind.WARD).stream().filter(u -> u.parentCode().equals("area-binh_duong")).count());
        assertEquals(30, ofKind(UnitKind.WARD).stream().filter(u -> u.parentCode().equals("area-ba_ria_vung_tau")).count());
    }

    @Test
    void aUnitIsGroupedUnderTheAreaItsPostsAreIndexedWith() {
        // the gazetteer gives a post that names the unit an area and the unit code: the same area
        RegionMatcher gazetteer = RegionMatcher.load();
        int checked = 0;
        for (SeedUnit u : ofKind(UnitKind.WARD)) {
            String name = u.name().substring("UBND ".length());
            List<RegionMatch> found = gazetteer.find(name);
            String code = u.scope().wards().get(0);
            if (found.size() == 1 && found.get(0).units().equals(List.of(code))) {
                assertEquals(u.scope().areas(), List.of(found.get(0).area()), name);
                checked++;
            }
        }
        assertTrue(checked >= 160, "only " + checked + " unit names read back by the gazetteer");
    }

    @Test
    void departmentsSeeTopicsOfTheTopicRules() throws Exception {
        Set<String> topics = lines("analysis/topic-rules.tsv").stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0]).collect(Collectors.toSet());
        List<SeedUnit> departments = ofKind(UnitKind.DEPARTMENT);
        assertTrue(departments.size() >= 5, "a handful of departments");
        for (SeedUnit d : departments) {
            assertTrue(d.scope().hasTopics() && !d.scope().hasRegions(), d.code());
            assertTrue(topics.containsAll(d.scope().topics()), d.code() + ": " + d.scope().topics());
        }
        assertEquals(List.of("transport", "flooding", "land_housing"), BY_CODE.get("so-xay-dung").scope().topics());
    }

    @Test
    void theStandingUnitSeesTheWholeCity() {
        SeedUnit standing = UNITS.get(0);
        assertEquals("city-admin", standing.code());
        assertEquals(UnitKind.ADMIN, standing.kind());
        assertTrue(standing.scope().wholeCity());
    }
}
