package vn.langnghe.tools.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.analysis.sentiment.SentimentLabel;

class EvaluateCommandTest {
    @Test
    void readsLabelTabTextAndSkipsCommentsAndBlankLines() {
        List<EvaluateCommand.Row> rows = EvaluateCommand.read(List.of("# source: test", "", "negative\tthe bus never came",
                "positive\tlovely park, clean\tand quiet"));
        assertEquals(2, rows.size());
        assertEquals(SentimentLabel.NEGATIVE, rows.get(0).gold());
        assertEquals("lovely park, clean\tand quiet", rows.get(1).text());
    }

    @Test
    void aBadLabelOrAMissingTabNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluateCommand.read(List.of("positive\tok", "2\tsome tweet")));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EvaluateCommand.read(List.of("no tab here")));
        assertTrue(e.getMessage().startsWith("line 1:"), e.getMessage());
    }

    @Test
    void reportsEveryRowAndTheRowsReadAsTheExpectedLanguage() {
        List<EvaluateCommand.Row> rows = EvaluateCommand.read(List.of(
                "negative\tThe traffic jam on this road is terrible, I hate it",
                "positive\tThe new park is beautiful and the staff are so friendly, love it",
                "negative\tKẹt xe kinh khủng ở vòng xoay Dân Chủ"));
        String report = EvaluateCommand.evaluate(new Analyzer(), rows, "en");
        assertTrue(report.contains("(3 rows)"), report);
        assertTrue(report.contains("read as en: 2 of 3 rows"), report);
        assertTrue(report.contains("(2 rows)"), report);
    }
}
