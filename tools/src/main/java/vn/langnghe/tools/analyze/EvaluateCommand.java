package vn.langnghe.tools.analyze;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.langnghe.analysis.Analysis;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.analysis.sentiment.SentimentLabel;

/**
 * {@code bin/langnghe evaluate <file.tsv> [lang]}: the shipped analyzer's sentiment against a labelled set
 * kept outside the corpus ({@code label<TAB>text} per line, labels positive, neutral, negative; blank lines
 * and lines starting with '#' skipped). The whole pipeline runs, language detection included, because that
 * is what a post meets; with {@code lang} (vi, en) the report adds how many rows were read as another
 * language and the scores on the rows read as {@code lang} alone, so a detector miss and a sentiment miss
 * can be told apart.
 */
public final class EvaluateCommand {
    private EvaluateCommand() {
    }

    /** One labelled row of the file. */
    record Row(SentimentLabel gold, String text) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: bin/langnghe evaluate <file.tsv> [vi|en]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String lang = args.length > 1 ? args[1].toLowerCase(Locale.ROOT) : null;
        List<Row> rows = read(Files.readAllLines(file, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("evaluate " + file + (lang == null ? "" : " (expected language " + lang + ")"));
        out.print(evaluate(new Analyzer(), rows, lang));
    }

    static List<Row> read(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalArgumentException("line " + (i + 1) + ": no tab (label<TAB>text expected)");
            String label = line.substring(0, tab).strip();
            try {
                rows.add(new Row(SentimentLabel.of(label), line.substring(tab + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": label '" + label + "' is not positive, neutral or negative");
            }
        }
        return rows;
    }

    /** The report: scores on all rows, and with {@code lang} the detector's share and the scores on its rows. */
    static String evaluate(Analyzer analyzer, List<Row> rows, String lang) {
        SentimentScores all = new SentimentScores(), inLang = new SentimentScores();
        int empty = 0;
        for (Row r : rows) {
            Analysis a = analyzer.analyze(r.text());
            // an empty analysis (nothing left after cleaning) has no sentiment: it counts as neutral, as stored
            SentimentLabel predicted = a.sentiment() == null ? SentimentLabel.NEUTRAL : SentimentLabel.of(a.sentiment());
            if (a.sentiment() == null) empty++;
            all.add(r.gold(), predicted);
            if (lang != null && lang.equals(a.lang())) inLang.add(r.gold(), predicted);
        }
        StringBuilder s = new StringBuilder(all.report());
        if (empty > 0) s.append(empty).append(" rows had no text to analyse (counted as neutral)\n");
        if (lang != null) {
            s.append(String.format(Locale.ROOT, "%nread as %s: %d of %d rows; scores on those rows:%n", lang, inLang.total(), all.total()));
            s.append(inLang.report());
        }
        return s.toString();
    }
}
