package vn.langnghe.correction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Corrections as rows the model trainer reads ({@code analysis.train.Corpus}: {@code <tag><TAB>text}):
 * {@code sentiment-vi-corrections.tsv}, {@code sentiment-en-corrections.tsv} (the label; posts in other
 * languages have no sentiment model) and {@code topics-corrections.tsv} (the codes, comma-separated, empty
 * for a post about none). A directory of these files is what {@code LANGNGHE_TRAIN_EXTRA} names, or they
 * can be copied into the corpus directory, whose {@code <name>-*.tsv} files the trainer also reads.
 */
public final class TrainingRows {
    public static final String SUFFIX = "-corrections.tsv";

    private TrainingRows() {
    }

    /** File name → lines, in a stable order; files without a row are left out. */
    public static Map<String, List<String>> of(List<CorrectionStore.Example> examples) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CorrectionStore.Example e : examples) {
            String text = oneLine(e.text());
            if (text.isEmpty()) {
                continue;
            }
            switch (e.field()) {
                case SENTIMENT -> {
                    if ("vi".equals(e.language()) || "en".equals(e.language())) {
                        out.computeIfAbsent("sentiment-" + e.language() + SUFFIX, k -> new ArrayList<>())
                                .add(e.value() + "\t" + text);
                    }
                }
                case TOPICS -> out.computeIfAbsent("topics" + SUFFIX, k -> new ArrayList<>()).add(e.value() + "\t" + text);
                case REGIONS -> { } // places are found by the gazetteer, not a trained model
            }
        }
        return out;
    }

    /** Writes the files into {@code dir} (created when missing); returns how many rows were written. */
    public static int write(List<CorrectionStore.Example> examples, Path dir) throws IOException {
        Files.createDirectories(dir);
        int rows = 0;
        for (Map.Entry<String, List<String>> f : of(examples).entrySet()) {
            List<String> lines = new ArrayList<>();
            lines.add("# analysts' corrections, written by bin/langnghe corrections export; one row per corrected post");
            lines.addAll(f.getValue());
            Files.write(dir.resolve(f.getKey()), lines, StandardCharsets.UTF_8);
            rows += f.getValue().size();
        }
        return rows;
    }

    /** Tabs and line breaks would split the row: the trainer tokenises words, so spaces do the same. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
