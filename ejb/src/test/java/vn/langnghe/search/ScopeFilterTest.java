package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;

class ScopeFilterTest {
    @Test
    void wholeCityHasNoFilter() {
        assertEquals(Optional.empty(), ScopeFilter.of(DataScope.WHOLE_CITY));
    }

    @Test
    void areasBecomeOneFilterQuery() {
        assertEquals(Optional.of("region_areas:(q1 OR binh_thanh)"), ScopeFilter.of(DataScope.parse("q1, binh_thanh")));
    }
}
