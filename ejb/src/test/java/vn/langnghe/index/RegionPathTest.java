package vn.langnghe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionPathTest {
    @Test
    void unitInAnArea() {
        assertEquals(List.of("0/hcmc", "1/hcmc/q1", "2/hcmc/q1/26734"), RegionPath.tokens("q1", "26734"));
    }

    @Test
    void areaWithoutUnitAndTheCityItself() {
        assertEquals(List.of("0/hcmc", "1/hcmc/go_vap"), RegionPath.tokens("go_vap", null));
        assertEquals(List.of("0/hcmc"), RegionPath.tokens("hcmc", null));
    }

    @Test
    void severalPlacesShareTheCityToken() {
        assertEquals(List.of("0/hcmc", "1/hcmc/q1", "2/hcmc/q1/26734", "1/hcmc/q7"),
                RegionPath.tokens(List.of("q1", "q7"), List.of("26734")));
        assertEquals(List.of(), RegionPath.tokens(List.of(), List.of()));
    }
}
