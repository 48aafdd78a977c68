package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataScopeTest {
    @Test
    void wholeCityHasNoFilter() {
        assertTrue(DataScope.parse(null).wholeCity());
        assertTrue(DataScope.parse("  ").wholeCity());
        assertTrue(DataScope.parse(null, "", " ").wholeCity());
    }

    @Test
    void areasAreReadFromTheStoredList() {
        DataScope scope = DataScope.parse("q1, binh_thanh");
        assertEquals(List.of("q1", "binh_thanh"), scope.areas());
        assertTrue(scope.hasRegions());
        assertFalse(scope.hasTopics());
    }

    @Test
    void aWardScopeIsItsAreaAndItsUnitCode() {
        DataScope ward = DataScope.parse("q1", "26740", null);
        assertEquals(List.of("q1"), ward.areas());
        assertEquals(List.of("26740"), ward.wards());
        assertFalse(ward.wholeCity());
    }

    @Test
    void aDepartmentScopeIsTopicsOnly() {
        DataScope department = DataScope.parse(null, null, "transport,flooding");
        assertEquals(List.of("transport", "flooding"), department.topics());
        assertFalse(department.hasRegions());
        assertFalse(department.wholeCity());
    }

    @Test
    void refusesAnythingButAreaCodes() {
        // a stored scope must never smuggle query syntax into Solr
        assertThrows(IllegalArgumentException.class, () -> DataScope.parse("q1) OR *:*"));
        assertThrows(IllegalArgumentException.class, () -> new DataScope(List.of("Q1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26740 OR *:*", "2674", "267400", "q1", "26740)", "*", "26740\\", "-26740", "２６７４０"})
    void refusesAnythingButFiveDigitWardCodes(String hostile) {
        assertThrows(IllegalArgumentException.class, () -> DataScope.parse(null, hostile, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"transport OR *:*", "transport)", "Transport", "*", "_x", "giao thông", "a:b", "\"x\"", "x y"})
    void refusesAnythingButTopicCodes(String hostile) {
        assertThrows(IllegalArgumentException.class, () -> DataScope.parse(null, null, hostile));
        assertThrows(IllegalArgumentException.class, () -> new DataScope(List.of(), List.of(), List.of(hostile)));
    }
}
