package vn.langnghe.analysis.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class LeaveOneCorpusOutTest {
    @Test
    void eachFileIsHeldOutOnceAndTrainedOnTheOthersOnly() {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        byFile.put("sentiment-vi.tsv", List.of("a1", "a2", "a3"));
        byFile.put("sentiment-vi-real.tsv", List.of("b1", "b2"));
        byFile.put("sentiment-vi-written.tsv", List.of("c1"));
        List<LeaveOneCorpusOut.Fold<String>> folds = LeaveOneCorpusOut.folds(byFile);

        assertEquals(List.of("sentiment-vi.tsv", "sentiment-vi-real.tsv", "sentiment-vi-written.tsv"),
                folds.stream().map(LeaveOneCorpusOut.Fold::heldOut).toList());
        for (LeaveOneCorpusOut.Fold<String> f : folds) {
            assertEquals(byFile.get(f.heldOut()), f.test());
            for (String row : f.test()) assertFalse(f.train().contains(row), f.heldOut() + " leaks " + row);
            List<String> all = new ArrayList<>(f.train());
            all.addAll(f.test());
            assertEquals(6, all.size(), "train + test is every row once");
        }
        // the others, in reading order, so the fold trains as deterministically as the build
        assertEquals(List.of("a1", "a2", "a3", "c1"), folds.get(1).train());
    }

    @Test
    void nothingToHoldOutWithOneNonEmptyFile() {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        byFile.put("topics.tsv", List.of("x"));
        byFile.put("topics-empty.tsv", List.of());
        assertTrue(LeaveOneCorpusOut.folds(byFile).isEmpty());
    }

    @Test
    void readByFilePicksUpEveryFileOfTheCorpusAndNoOther(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sentiment-vi.tsv"), "negative\tkẹt xe quá\n");
        Files.writeString(dir.resolve("sentiment-vi-written.tsv"), "# header\nneutral\tthông báo cúp điện\n");
        Files.writeString(dir.resolve("sentiment-vi-newsource.tsv"), "positive\tcảm ơn phường\npositive\tđường sạch đẹp\n");
        Files.writeString(dir.resolve("sentiment-en.tsv"), "positive\tgreat\n");
        Map<String, List<Corpus.Row>> byFile = Corpus.readByFile(dir, "sentiment-vi");

        assertEquals(List.of("sentiment-vi.tsv", "sentiment-vi-newsource.tsv", "sentiment-vi-written.tsv"), List.copyOf(byFile.keySet()));
        assertEquals(2, byFile.get("sentiment-vi-newsource.tsv").size());
        int merged = Corpus.read(dir, "sentiment-vi").size();
        assertEquals(merged, byFile.values().stream().mapToInt(List::size).sum(), "same rows as the merged read");
        assertEquals(3, LeaveOneCorpusOut.folds(byFile).size());
    }

    @Test
    void macroF1AveragesTheClassesThatOccur() {
        SentimentScore s = new SentimentScore();
        // positive: 2 right, 1 read as negative; negative: 1 right; neutral never gold nor predicted
        s.add("positive", "positive");
        s.add("positive", "positive");
        s.add("positive", "negative");
        s.add("negative", "negative");
        double f1Pos = 2 * 1.0 * (2.0 / 3) / (1.0 + 2.0 / 3), f1Neg = 2 * 0.5 * 1.0 / 1.5;
        assertEquals(f1Pos, s.f1(0), 1e-9);
        assertEquals(f1Neg, s.f1(2), 1e-9);
        assertEquals((f1Pos + f1Neg) / 2, s.macroF1(), 1e-9);
        assertEquals(0.75, s.accuracy(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> s.add("mixed", "positive"));
    }
}
