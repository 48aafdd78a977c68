package vn.langnghe.analysis.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CorpusTest {
    @Test
    void mainFileThenCorrectionFilesInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sentiment-vi.tsv"), "negative\tkẹt xe quá\n\n# comment\n");
        Files.writeString(dir.resolve("sentiment-vi-2026-12.tsv"), "neutral\tthông báo cúp điện\n");
        Files.writeString(dir.resolve("sentiment-vi-2026-11.tsv"), "positive\tcảm ơn phường\n");
        Files.writeString(dir.resolve("sentiment-en.tsv"), "positive\tgreat\n");
        List<Corpus.Row> rows = Corpus.read(dir, "sentiment-vi");
        assertEquals(List.of("negative", "positive", "neutral"), rows.stream().map(Corpus.Row::tag).toList());
        assertEquals("kẹt xe quá", rows.get(0).text());
    }

    @Test
    void foldsAreFixedAndBalanced() {
        int[] a = ModelEvaluator.folds(103), b = ModelEvaluator.folds(103);
        assertArrayEquals(a, b);
        int[] count = new int[ModelEvaluator.K];
        for (int f : a) count[f]++;
        for (int c : count) assertTrue(c == 20 || c == 21);
    }
}
