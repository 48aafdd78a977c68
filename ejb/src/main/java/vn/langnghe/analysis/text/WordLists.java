package vn.langnghe.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads the small word lists under {@code analysis/} on the classpath (UTF-8, '#' comments). */
public final class WordLists {
    private WordLists() {}

    public static List<String> lines(String resource) {
        String path = "analysis/" + resource;
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing classpath resource " + path);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("# ") || t.equals("#")) continue;
                out.add(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A set of whitespace-separated words (several per line allowed), lower-cased. */
    public static Set<String> words(String resource) {
        Set<String> s = new HashSet<>();
        for (String l : lines(resource)) for (String w : l.split("\\s+")) s.add(w.toLowerCase(java.util.Locale.ROOT));
        return Set.copyOf(s);
    }

    /** Tab-separated key/value pairs; the key may list alternatives separated by '|'. */
    public static Map<String, String> table(String resource) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : lines(resource)) {
            int tab = l.indexOf('\t');
            if (tab < 0) throw new IllegalStateException(resource + ": no tab in line: " + l);
            String value = l.substring(tab + 1).strip();
            for (String k : l.substring(0, tab).strip().split("\\|")) m.put(k.strip(), value);
        }
        return Map.copyOf(m);
    }
}
