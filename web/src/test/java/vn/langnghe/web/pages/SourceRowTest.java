package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.SourceView;

class SourceRowTest {

    @Test
    void intervalsUseTheLargestUnitThatDividesThem() {
        assertArrayEquals(new long[] {15, 1}, SourceRow.interval(900));
        assertArrayEquals(new long[] {1, 3}, SourceRow.interval(86400));
        assertArrayEquals(new long[] {90, 0}, SourceRow.interval(90));
        assertArrayEquals(new long[] {36, 2}, SourceRow.interval(36 * 3600));
        assertEquals(3600, SourceRow.unitSeconds("h"));
    }

    @Test
    void timesAreInHoChiMinhCity() {
        assertEquals("01/07/2025 07:30:00", SourceRow.format(Instant.parse("2025-07-01T00:30:00Z")));
        assertNull(SourceRow.format(null));
    }

    @Test
    void sortingPutsEmptyValuesLastEitherWay() {
        SourceRow never = row(1, "b", "IDLE", null, false);
        SourceRow early = row(2, "A", "OK", Instant.parse("2025-07-01T00:00:00Z"), false);
        SourceRow late = row(3, "c", "RUNNING", Instant.parse("2025-07-02T00:00:00Z"), false);
        List<SourceRow> rows = new ArrayList<>(List.of(never, late, early));
        rows.sort(SourceRow.order("lastRunAt", false));
        assertEquals(List.of(2L, 3L, 1L), rows.stream().map(SourceRow::getId).toList());
        rows.sort(SourceRow.order("lastRunAt", true));
        assertEquals(List.of(3L, 2L, 1L), rows.stream().map(SourceRow::getId).toList());
        rows.sort(SourceRow.order("name", false));
        assertEquals(List.of(2L, 1L, 3L), rows.stream().map(SourceRow::getId).toList());
        rows.sort(SourceRow.order("stateOrder", false));
        assertEquals(List.of(3L, 2L, 1L), rows.stream().map(SourceRow::getId).toList());
        assertNull(SourceRow.order("nope", false));
    }

    @Test
    void aPausedSourceHasNoNextRun() {
        assertNull(row(1, "x", "OK", Instant.now(), true).getNextRun());
    }

    @Test
    void longErrorsAreCutShort() {
        SourceView v = new SourceView(1, "x", "replay", "Replay", Map.of(), List.of(), 60, false, "FAILED", null, null,
                0, 0, List.of(), "remote", "e".repeat(1000), Instant.now(), 1, null, 0);
        SourceRow r = new SourceRow(v);
        assertEquals(SourceRow.ERROR_SHOWN + 1, r.getLastErrorShort().length());
        assertEquals(1000, r.getLastError().length());
    }

    @Test
    void labelsComeFromTheBundleElseFromTheName() {
        var bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"sources.field.pageSize", "Số mục mỗi trang"}};
            }
        };
        assertEquals("Số mục mỗi trang", SourcesPage.label(bundle, "sources.field.", "pageSize"));
        assertEquals("Max comments per video", SourcesPage.label(bundle, "sources.field.", "maxCommentsPerVideo"));
        assertEquals("Api key", SourcesPage.label(null, "sources.credential.", "apiKey"));
        assertEquals("Channel", SourcesPage.humanize("CHANNEL"));
        assertEquals("Region code", SourcesPage.humanize("regionCode"));
    }

    private static SourceRow row(long id, String name, String state, Instant finished, boolean paused) {
        Instant started = finished == null ? null : finished.minusSeconds(5);
        return new SourceRow(new SourceView(id, name, "replay", "Replay", Map.of(), List.of(), 900, paused, state,
                started, "RUNNING".equals(state) ? null : finished, 0, 0, List.of(), null, null, null, 0,
                Instant.parse("2025-08-01T00:00:00Z"), 0));
    }
}
