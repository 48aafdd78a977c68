package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataScopeTest {
    @Test
    void wholeCityHasNoFilter() {
        assertTrue(DataScope.parse(null).wholeCity());
        assertTrue(DataScope.parse("  ").wholeCity());
    }

    @Test
    void areasAreReadFromTheStoredList() {
        DataScope scope = DataScope.parse("q1, binh_thanh");
        assertEquals(List.of("q1", "binh_thanh"), scope.areas());
    }

    @Test
    void refusesAnythingButAreaCodes() {
        // a stored scope must never smuggle query syntax into Solr
        assertThrows(IllegalArgumentException.class, () -> DataScope.parse("q1) OR *:*"));
        assertThrows(IllegalArgumentException.class, () -> new DataScope(List.of("Q1")));
    }
}
