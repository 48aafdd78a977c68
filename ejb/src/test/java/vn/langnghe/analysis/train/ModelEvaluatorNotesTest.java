package vn.langnghe.analysis.train;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelEvaluatorNotesTest {

    @Test
    void notesBelowTheMarkerAreKept(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("eval.md");
        assertEquals("", ModelEvaluator.keptNotes(doc));
        Files.writeString(doc, "# generated\n| old | table |\n\n" + ModelEvaluator.NOTES_MARKER + "\n## Measured elsewhere\nheld-out 0.55\n");
        String kept = ModelEvaluator.keptNotes(doc);
        assertTrue(kept.contains("## Measured elsewhere\nheld-out 0.55") && !kept.contains("| old | table |"), kept);
        Files.writeString(doc, "# generated only\n");
        assertEquals("", ModelEvaluator.keptNotes(doc));
    }
}
