package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.search.VolumeInterval;
import vn.langnghe.search.VolumePoint;

class SearchChartsTest {
    @Test
    void aLabelCannotCloseTheScriptOrTheString() {
        String json = SearchCharts.top("Tác giả", List.of(new SearchCharts.Item("\"\\</script>", 3, "/search?f=author:x")));
        assertFalse(json.contains("</script>"), json);
        assertFalse(json.contains("<"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        assertTrue(json.contains("[\"\\\"\\\\\\u003c/script\\u003e\"]"), json);
        assertTrue(json.contains("\"lnLinks\":[[\"/search?f=author:x\"]]"), json);
    }

    @Test
    void theVolumeChartStacksTheSentimentsAndLinksEachBarToItsDates() {
        List<VolumePoint> points = List.of(
                new VolumePoint(Instant.parse("2026-11-19T17:00:00Z"), 5, Map.of("negative", 3L, "positive", 2L)),
                new VolumePoint(Instant.parse("2026-11-20T17:00:00Z"), 1, Map.of("neutral", 1L)));
        String json = SearchCharts.volume(points, VolumeInterval.DAY, SearchView.CITY, s -> s.toUpperCase(),
                b -> "/search?from=" + b[0] + "&to=" + b[1]);
        assertTrue(json.contains("\"labels\":[\"20/11\",\"21/11\"]"), json);
        assertTrue(json.contains("{\"label\":\"NEGATIVE\",\"backgroundColor\":\"#d64545\",\"data\":[3,0]}"), json);
        assertTrue(json.contains("\"stacked\":true"), json);
        assertTrue(json.contains("\"/search?from=2026-11-20\\u0026to=2026-11-20\""), json);
    }

    @Test
    void bucketsBecomeTheDatesTheUrlWrites() {
        LocalDateTime t = LocalDateTime.parse("2026-11-02T08:00");
        assertArrayEquals(new String[] {"2026-11-02T08:00", "2026-11-02T09:00"}, SearchCharts.bucket(t, VolumeInterval.HOUR));
        assertArrayEquals(new String[] {"2026-11-02", "2026-11-08"}, SearchCharts.bucket(t, VolumeInterval.WEEK));
        assertArrayEquals(new String[] {"2026-11-02", "2026-12-01"}, SearchCharts.bucket(t, VolumeInterval.MONTH));
        assertEquals("null", SearchCharts.str(null));
    }
}
