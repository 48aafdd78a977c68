package vn.langnghe.analysis.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code <tag><TAB>text} corpus files: {@code <name>.tsv} first, then every {@code <name>-*.tsv}
 * in file-name order (analysts' corrections are simply more files, e.g. {@code sentiment-vi-2026-12.tsv}).
 * Blank lines and lines starting with '#' are skipped; text is NFC-normalised.
 */
public final class Corpus {
    public record Row(String tag, String text) {}

    private Corpus() {}

    /**
     * The corpus, then the same name's files in each extra directory when it has any (the analysts'
     * corrections exported by {@code bin/langnghe corrections export}); an extra directory need not hold
     * every corpus.
     */
    public static List<Row> read(Path dir, List<Path> extraDirs, String name) {
        List<Row> rows = new ArrayList<>(read(dir, name));
        for (Path extra : extraDirs) {
            if (!Files.isDirectory(extra)) {
                throw new IllegalStateException("the extra training directory " + extra + " does not exist");
            }
            if (!files(extra, name).isEmpty()) {
                rows.addAll(read(extra, name));
            }
        }
        return rows;
    }

    public static List<Row> read(Path dir, String name) {
        List<Path> files = files(dir, name);
        if (files.isEmpty()) throw new IllegalStateException("no corpus file " + name + ".tsv in " + dir);
        return rows(files);
    }

    /**
     * The rows of the same files as {@link #read(Path, String)}, kept apart by file name in reading order, so
     * that an evaluation can hold one whole source out ({@link LeaveOneCorpusOut}).
     */
    public static Map<String, List<Row>> readByFile(Path dir, String name) {
        List<Path> files = files(dir, name);
        if (files.isEmpty()) throw new IllegalStateException("no corpus file " + name + ".tsv in " + dir);
        Map<String, List<Row>> byFile = new LinkedHashMap<>();
        for (Path f : files) byFile.put(f.getFileName().toString(), rows(List.of(f)));
        return byFile;
    }

    private static List<Path> files(Path dir, String name) {
        List<Path> files = new ArrayList<>();
        Path main = dir.resolve(name + ".tsv");
        if (Files.exists(main)) files.add(main);
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "-") && f.endsWith(".tsv");
            }).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<Row> rows(List<Path> files) {
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.indexOf('\t');
                    if (tab < 0) throw new IllegalStateException(f + ": no tab in line: " + line);
                    rows.add(new Row(line.substring(0, tab).strip(), Normalizer.normalize(line.substring(tab + 1).strip(), Normalizer.Form.NFC)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    /** {@code analysis/corpus} on the classpath as a directory (target/classes during the build). */
    public static Path classpathDir() {
        URL u = Corpus.class.getClassLoader().getResource("analysis/corpus/sentiment-vi.tsv");
        if (u == null || !"file".equals(u.getProtocol())) throw new IllegalStateException("analysis/corpus is not a directory on the classpath: " + u);
        try {
            return Path.of(u.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
