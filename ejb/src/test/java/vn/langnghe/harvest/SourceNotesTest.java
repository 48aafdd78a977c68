package vn.langnghe.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's notes on its source: kept once each, one per line, within the column. */
class SourceNotesTest {
    private static Source source() {
        return new Source("Phản ánh", "import", "{}", null, 600, Instant.parse("2025-07-15T00:00:00Z"));
    }

    @Test
    void notesOfAllPagesAreKeptOnceEachOnALineOfTheirOwn() {
        Source s = source();
        s.pageAccepted("c1", 10, List.of());
        assertNull(s.getRunNotes());
        s.pageAccepted("c2", 10, List.of("X quota nearly used up: 12 of 450 requests left", "2 files skipped:\n a.pdf (no text)"));
        s.pageAccepted("c3", 10, List.of("X quota nearly used up: 12 of 450 requests left"));
        assertEquals("X quota nearly used up: 12 of 450 requests left\n2 files skipped: a.pdf (no text)", s.getRunNotes());
        assertEquals(30, s.getRunItems());
    }

    @Test
    void aRunWithManyNotesCountsWhatDidNotFit() {
        Source s = source();
        for (int i = 0; i < 40; i++) {
            s.pageAccepted("c" + i, 1, List.of("row " + i + " skipped: " + "x".repeat(600)));
        }
        String notes = s.getRunNotes();
        assertTrue(notes.length() <= Source.NOTES_LENGTH, "fits the column: " + notes.length());
        String[] lines = notes.split("\n");
        assertTrue(lines[0].startsWith("row 0 skipped: ") && lines[0].endsWith("…") && lines[0].length() == 500, lines[0]);
        assertEquals("… and " + (40 - (lines.length - 1)) + " more", lines[lines.length - 1]);
    }
}
