package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeCodesTest {
    private final ScopeCodes codes = ScopeCodes.of(List.of(
            new Unit("area-q1", "Quận 1 (cũ)", UnitKind.DISTRICT, "q1"),
            ward("ward-26734", "UBND phường Tân Định", "q1", "26734"),
            ward("ward-26740", "UBND phường Sài Gòn", "q1", "26740"),
            new Unit("city-admin", "Ban quản trị", UnitKind.ADMIN, null)));

    private static Unit ward(String code, String name, String area, String ward) {
        Unit u = new Unit(code, name, UnitKind.WARD, area);
        u.changeScope(new DataScope(List.of(area), List.of(ward), List.of()));
        return u;
    }

    @Test
    void knowsTheAreasAndWardsOfTheUnitsWithTheirNamesAndTheTopicCodes() {
        assertEquals("Quận 1 (cũ)", codes.areas().get("q1"));
        assertEquals("UBND phường Sài Gòn", codes.wards().get("26740"));
        assertEquals(2, codes.wards().size(), "a local unit's area is not a ward");
        assertTrue(codes.topics().contains("transport"));
    }

    @Test
    void acceptsKnownCodesTrimmedAndOnce() {
        DataScope s = codes.check(List.of(" q1 "), List.of("26740", "26740"), List.of("flooding"));
        assertEquals(List.of("q1"), s.areas());
        assertEquals(List.of("26740"), s.wards());
        assertEquals(List.of("flooding"), s.topics());
    }

    @Test
    void emptyListsAreTheWholeCity() {
        assertTrue(codes.check(List.of(), null, List.of()).wholeCity());
    }

    @Test
    void refusesEveryUnknownCodeInOneMessage() {
        AdminRefusal e = assertThrows(AdminRefusal.class,
                () -> codes.check(List.of("q99"), List.of("99999", "q1"), List.of("weather", "")));
        assertEquals(AdminRefusal.Kind.INVALID, e.kind());
        assertEquals("unknown area code \"q99\"; unknown ward code \"99999\"; unknown ward code \"q1\"; "
                + "unknown topic code \"weather\"; an empty topic code", e.getMessage());
    }

    @Test
    void aHostileCodeIsRefusedAndEchoedShort() {
        String hostile = "q1) OR *:* " + "x".repeat(200);
        AdminRefusal e = assertThrows(AdminRefusal.class, () -> codes.check(List.of(hostile), List.of(), List.of()));
        assertTrue(e.getMessage().length() < 100, e.getMessage());
    }
}
