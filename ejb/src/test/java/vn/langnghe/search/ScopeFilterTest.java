package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;

class ScopeFilterTest {
    private static final String CITY_WIDE = "(*:* -region_path:1\\/hcmc\\/*)";

    @Test
    void wholeCityHasNoFilter() {
        assertEquals(Optional.empty(), ScopeFilter.of(DataScope.WHOLE_CITY));
    }

    @Test
    void areasSeeTheirAreasAndCityWidePosts() {
        assertEquals(Optional.of("(region_areas:(q1 OR binh_thanh) OR " + CITY_WIDE + ")"),
                ScopeFilter.of(DataScope.parse("q1, binh_thanh")));
    }

    @Test
    void aWardSeesItsAreaItsOwnUnitAndCityWidePosts() {
        assertEquals(Optional.of("(region_areas:(q1) OR region_units:(26740) OR " + CITY_WIDE + ")"),
                ScopeFilter.of(DataScope.parse("q1", "26740", null)));
    }

    @Test
    void wardsAloneStillSeeCityWidePosts() {
        assertEquals(Optional.of("(region_units:(26740 OR 26743) OR " + CITY_WIDE + ")"),
                ScopeFilter.of(new DataScope(List.of(), List.of("26740", "26743"), List.of())));
    }

    @Test
    void aDepartmentSeesItsTopicsAllOverTheCity() {
        assertEquals(Optional.of("topics:(transport OR flooding)"),
                ScopeFilter.of(DataScope.parse(null, null, "transport, flooding")));
    }

    @Test
    void regionsAndTopicsMustBothHold() {
        assertEquals(Optional.of("(region_areas:(q7) OR " + CITY_WIDE + ") AND topics:(health)"),
                ScopeFilter.of(DataScope.parse("q7", null, "health")));
    }
}
