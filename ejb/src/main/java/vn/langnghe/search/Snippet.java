package vn.langnghe.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a post's text with the searched words marked: plain text parts, some of them marked. Never HTML:
 * a page escapes every part and wraps the marked ones in {@code <mark>}; an API sends the parts as they are.
 */
public record Snippet(List<Part> parts) {
    /** Text, and whether it is one of the words searched for. */
    public record Part(String text, boolean marked) {
    }

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** Parses Solr's highlighting, written with {@link ScopedQuery#MARK_START}/{@link ScopedQuery#MARK_END}. */
    public static Snippet parse(String highlighted) {
        List<Part> parts = new ArrayList<>();
        if (highlighted == null) {
            return new Snippet(parts);
        }
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            boolean start = c == ScopedQuery.MARK_START.charAt(0);
            boolean end = c == ScopedQuery.MARK_END.charAt(0);
            if ((start && !marked) || (end && marked)) {
                if (!run.isEmpty()) {
                    parts.add(new Part(run.toString(), marked));
                    run.setLength(0);
                }
                marked = start;
            } else if (!start && !end) {
                run.append(c); // a stray marker (one the post itself contained) is dropped
            }
        }
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), marked));
        }
        return new Snippet(merge(parts));
    }

    private static List<Part> merge(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!out.isEmpty() && out.get(out.size() - 1).marked() == p.marked()) {
                Part last = out.remove(out.size() - 1);
                out.add(new Part(last.text() + p.text(), p.marked()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The text without marks. */
    public String text() {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.text()));
        return s.toString();
    }

    /** The text with the markers, as Solr wrote it (for masking, which must see the words whole). */
    String withMarkers() {
        StringBuilder s = new StringBuilder();
        for (Part p : parts) {
            s.append(p.marked() ? ScopedQuery.MARK_START + p.text() + ScopedQuery.MARK_END : p.text());
        }
        return s.toString();
    }
}
