package vn.langnghe.tools.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-written sentence templates of the demo, read from {@code demo/templates.txt}. */
final class DemoTemplates {
    static final String RESOURCE = "demo/templates.txt";

    /**
     * One template. {@code register}: R resident, O official, N news, V video, C comment reaction.
     * {@code title} is set for N and V templates.
     */
    record Template(char register, String lang, String sentiment, List<String> topics, String title, String text,
            List<String> areas, boolean plain) {
    }

    private DemoTemplates() {
    }

    static List<Template> load() {
        ClassLoader cl = DemoTemplates.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Template> out = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(parse(line, no));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template parse(String line, int no) {
        String[] f = line.split("\\|", 5);
        if (f.length < 5 || f[0].length() != 1) {
            throw new IllegalStateException(RESOURCE + ":" + no + ": bad template line");
        }
        String rest = f[4];
        String areaField = "";
        int bar = rest.lastIndexOf('|');
        if (bar > 0 && rest.charAt(bar - 1) != '|') {
            areaField = rest.substring(bar + 1);
            rest = rest.substring(0, bar);
        }
        char reg = f[0].charAt(0);
        String sentiment = switch (f[2]) {
            case "neg" -> "negative";
            case "neu" -> "neutral";
            case "pos" -> "positive";
            default -> throw new IllegalStateException(RESOURCE + ":" + no + ": bad sentiment " + f[2]);
        };
        List<String> topics = f[3].isBlank() ? List.of() : List.of(f[3].split(","));
        for (String t : topics) {
            if (!DemoDataset.TOPICS.contains(t)) {
                throw new IllegalStateException(RESOURCE + ":" + no + ": unknown topic " + t);
            }
        }
        String title = null;
        String text = rest;
        if (reg == 'N' || reg == 'V') {
            int sep = text.indexOf("||");
            if (sep < 0) {
                throw new IllegalStateException(RESOURCE + ":" + no + ": title || text expected");
            }
            title = text.substring(0, sep).trim();
            text = text.substring(sep + 2).trim();
        }
        List<String> areas = areaField.isBlank() ? List.of() : List.of(areaField.trim().split(","));
        for (String a : areas) {
            DemoPlaces.areaByCode(a);
        }
        boolean plain = f[1].equals("vi") && !DemoText.hasDiacritics(text.replaceAll("\\{[a-z]+\\}", ""));
        return new Template(reg, f[1], sentiment, topics, title, text.trim(), areas, plain);
    }
}
