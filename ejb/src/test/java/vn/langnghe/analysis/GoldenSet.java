package vn.langnghe.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The golden posts of {@code analysis/golden.tsv}: written for the tests, never used for training. */
record GoldenSet(List<Entry> entries) {

    record Entry(String lang, String sentiment, List<String> topics, List<String> areas, String text) {
    }

    static GoldenSet load() {
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoldenSet.class.getResourceAsStream("/analysis/golden.tsv"), StandardCharsets.UTF_8))) {
            r.readLine(); // header
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                out.add(new Entry(c[0], c[1], list(c[2]), list(c[3]), c[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GoldenSet(List.copyOf(out));
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(",")).map(String::trim).toList();
    }
}
