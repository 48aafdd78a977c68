package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.account.UnitKind;
import vn.langnghe.account.UnitView;

class PlaceNamesTest {
    private static final PlaceNames NAMES = new PlaceNames(List.of(
            new UnitView("city-admin", "Ban quản trị", UnitKind.ADMIN, null, DataScope.WHOLE_CITY, false),
            new UnitView("area-q1", "Quận 1 (cũ)", UnitKind.DISTRICT, null, DataScope.parse("q1", null, null), false),
            new UnitView("area-thu_duc", "TP Thủ Đức (cũ)", UnitKind.DISTRICT, null, DataScope.parse("thu_duc", null, null), false),
            new UnitView("ward-26740", "UBND phường Sài Gòn", UnitKind.WARD, "area-q1", DataScope.parse("q1", "26740", null), false),
            new UnitView("ward-26824", "UBND phường Linh Xuân", UnitKind.WARD, "area-thu_duc", DataScope.parse("thu_duc", "26824", null), false)),
            "Toàn thành phố");

    @Test
    void areasAndWardsByTheirUnitsNamesCodesForTheRest() {
        assertEquals("Quận 1 (cũ)", NAMES.area("q1"));
        assertEquals("Toàn thành phố", NAMES.area("hcmc"));
        assertEquals("binh_duong", NAMES.area("binh_duong"), "no unit stands for it: the code");
        assertEquals("UBND phường Sài Gòn", NAMES.ward("26740"));
        assertEquals("99999", NAMES.ward("99999"));
    }

    @Test
    void historyValuesInWords() {
        assertEquals("UBND phường Sài Gòn, TP Thủ Đức (cũ)", NAMES.places("q1/26740,thu_duc"));
        assertEquals("", NAMES.places(""));
        assertEquals("Toàn thành phố", NAMES.places("hcmc"));
    }

    @Test
    void thePickerOffersTheCityAreasAndWardsUnderTheirAreaInTheCorrectionsForm() {
        Map<String, String> choices = NAMES.choices();
        assertEquals(List.of("hcmc", "q1", "thu_duc", "q1/26740", "thu_duc/26824"), List.copyOf(choices.keySet()));
        assertEquals("UBND phường Sài Gòn — Quận 1 (cũ)", choices.get("q1/26740"));
        assertEquals(List.of("q1/26740", "thu_duc"), NAMES.selected(List.of("q1", "thu_duc"), List.of("26740")));
        assertEquals(List.of("hcmc"), NAMES.selected(List.of("hcmc"), List.of()));
        assertEquals(List.of("q1"), NAMES.selected(List.of("q1"), List.of("99999")), "an unknown ward is left out");
    }
}
