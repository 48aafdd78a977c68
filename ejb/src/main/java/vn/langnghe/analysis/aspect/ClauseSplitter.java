package vn.langnghe.analysis.aspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a post into the clauses that may carry opinions of their own: at sentence ends ({@code . ! ? …},
 * a line break), at {@code ;}, and before a contrast marker, Vietnamese or English ("nhưng", "tuy nhiên",
 * "trong khi", "but", "whereas", "however"...). The marker itself is left out of the clause after it.
 * Markers that are ordinary words elsewhere only cut after a comma: "còn" (also "still"), "mà" (also "that",
 * a particle), "song" (also "sông" without diacritics), "yet". A sentence that opens with a concessive
 * ("mặc dù", "dù", "although") is cut at its first comma: "Mặc dù metro chạy tốt, xe buýt vẫn tệ".
 * Clauses are substrings of the input (emoji kept, so the sentiment classifier still sees them), trimmed,
 * never blank; a text without any cut is one clause. Stateless and thread-safe.
 */
public final class ClauseSplitter {
    /** Word sequences (lower case, as written) that start a contrasting clause wherever they stand. */
    private static final List<String[]> ANYWHERE = words(
            "nhưng", "nhung", "nhưg", "nhg", "nhma", "nma", "tuy nhiên", "tuy nhien", "tuy vậy", "tuy thế",
            "trong khi", "trong khi đó", "ngược lại", "but", "however", "whereas", "while", "although",
            "on the other hand");
    /** Markers that cut only right after a comma. */
    private static final List<String[]> AFTER_COMMA = words("còn", "mà", "song", "yet", "thế nhưng", "vậy mà");
    /** Openers of a concessive sentence: the cut is at the first comma after them. */
    private static final List<String[]> CONCESSIVE = words("mặc dù", "mặc dầu", "dù", "dẫu", "tuy", "although",
            "though", "even though", "despite", "while", "whereas");
    /** Words after which "while" is a noun ("a while", "for a while"), not a conjunction. */
    private static final Set<String> WHILE_NOUN = Set.of("a", "the", "worth", "once");
    /** Words that glue to "nhưng"/"but" and go with it ("nhưng mà", "but then"). */
    private static final Set<String> MARKER_TAIL = Set.of("mà", "ma", "then", "still", "lại");

    private record Word(String lower, int start, int end) {}

    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        int n = text.length();
        int sentenceStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || endsSentence(text, i)) {
                splitSentence(text, sentenceStart, i, out);
                sentenceStart = i + 1;
            }
        }
        return out;
    }

    /** A sentence break at {@code i}: ; ! ? … or a line break; a full stop unless between digits (2.5, 1.200.000). */
    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c == ';' || c == '!' || c == '?' || c == '…' || c == '\n') return true;
        if (c != '.') return false;
        boolean digitBefore = i > 0 && Character.isDigit(s.charAt(i - 1));
        boolean after = i + 1 < s.length();
        if (digitBefore && after && Character.isDigit(s.charAt(i + 1))) return false;
        // "vnexpress.net", "tp.hcm": a dot inside a word does not end a sentence
        return !(after && i > 0 && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1)));
    }

    private void splitSentence(String s, int from, int to, List<String> out) {
        List<Word> words = words(s, from, to);
        if (words.isEmpty()) {
            add(s, from, to, out); // emoji or punctuation alone: joins the clause before
            return;
        }
        List<Integer> cuts = new ArrayList<>(); // positions in s where a new clause begins (marker included)
        List<Integer> skips = new ArrayList<>(); // where the text of that clause begins (after the marker)
        int concessiveComma = -1;
        if (match(words, 0, CONCESSIVE) > 0 && match(words, 0, ANYWHERE) < 2) { // "tuy nhiên, ..." is not concessive
            int comma = s.indexOf(',', words.get(0).end());
            if (comma >= 0 && comma < to) concessiveComma = comma;
        }
        for (int w = 1; w < words.size(); w++) {
            Word word = words.get(w);
            boolean comma = commaBefore(s, words.get(w - 1).end(), word.start());
            if (concessiveComma >= 0 && word.start() > concessiveComma && cuts.isEmpty()) {
                cuts.add(concessiveComma + 1);
                skips.add(concessiveComma + 1);
            }
            int len = match(words, w, ANYWHERE);
            if (len > 0 && word.lower().equals("while") && WHILE_NOUN.contains(words.get(w - 1).lower())) len = 0;
            if (len == 0 && comma) len = match(words, w, AFTER_COMMA);
            if (len == 0) continue;
            int last = w + len - 1;
            if (last + 1 < words.size() && MARKER_TAIL.contains(words.get(last + 1).lower())) last++;
            cuts.add(word.start());
            skips.add(last + 1 < words.size() ? words.get(last + 1).start() : words.get(last).end());
            w = last;
        }
        int start = from;
        for (int k = 0; k < cuts.size(); k++) {
            add(s, start, cuts.get(k), out);
            start = skips.get(k);
        }
        add(s, start, to, out);
    }

    private static boolean commaBefore(String s, int prevEnd, int start) {
        for (int i = prevEnd; i < start; i++) if (s.charAt(i) == ',') return true;
        return false;
    }

    /** Adds the clause {@code s[from, to)} without its edge punctuation, if it has a word. */
    private static void add(String s, int from, int to, List<String> out) {
        String c = s.substring(from, Math.min(to, s.length())).strip();
        int a = 0, b = c.length();
        while (a < b && ",:-–—".indexOf(c.charAt(a)) >= 0) a++;
        while (b > a && ",:-–—".indexOf(c.charAt(b - 1)) >= 0) b--;
        c = c.substring(a, b).strip();
        for (int i = 0; i < c.length(); i++) {
            if (Character.isLetterOrDigit(c.charAt(i))) { out.add(c); return; }
        }
        // no word: emoji or punctuation alone ("😡", "!!!") belong to the clause before
        if (!c.isEmpty() && !out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + " " + c);
    }

    /** Length in words of the longest marker of {@code markers} starting at word {@code w}, or 0. */
    private static int match(List<Word> words, int w, List<String[]> markers) {
        int best = 0;
        for (String[] m : markers) {
            if (m.length <= best || w + m.length > words.size()) continue;
            boolean ok = true;
            for (int k = 0; k < m.length && ok; k++) ok = words.get(w + k).lower().equals(m[k]);
            if (ok) best = m.length;
        }
        return best;
    }

    private static List<Word> words(String s, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordChar(s.charAt(i))) { i++; continue; }
            int start = i;
            while (i < to && isWordChar(s.charAt(i))) i++;
            out.add(new Word(java.text.Normalizer.normalize(s.substring(start, i), java.text.Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT), start, i));
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || (c >= 0x300 && c <= 0x36F);
    }

    private static List<String[]> words(String... markers) {
        List<String[]> out = new ArrayList<>();
        for (String m : markers) out.add(m.split(" "));
        return out;
    }
}
