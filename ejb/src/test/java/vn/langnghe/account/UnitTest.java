package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTest {
    @Test
    void aChangedScopeIsReadBackAsItWasGiven() {
        Unit unit = new Unit("ward-26740", "UBND phường Sài Gòn", UnitKind.WARD, "q1");
        assertEquals(new DataScope(List.of("q1")), unit.scope());
        DataScope scope = new DataScope(List.of("q1", "q3"), List.of("26740"), List.of("transport"));
        unit.changeScope(scope);
        assertEquals(scope, unit.scope());
        unit.changeScope(DataScope.WHOLE_CITY);
        assertTrue(unit.scope().wholeCity());
    }
}
