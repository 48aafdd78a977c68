package vn.langnghe.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 3 of the analysis: Vietnamese normalisation (see docs/analysis-text.md). Thread-safe.
 *
 * <p>Per word token, in order: squash runs of ≥ 3 identical letters (compared without diacritics,
 * the marked letter wins: "quáaaa" → "quá"), expand teencode (whole tokens only, {@code analysis/teencode.tsv}),
 * put the tone mark in one place ({@link VietnameseTones}). Emoji and emoticons become sentiment tokens.
 */
public final class VietnameseNormalizer {
    private static final Pattern EMOTICON = Pattern.compile(
            "(?<pos>(?<![\\p{N}]):-?\\)+|(?<![\\p{N}]):-?D+(?![\\p{L}\\p{N}])|=\\)+|\\^[_\\-.]?\\^|<3+|(?<![\\p{N}]);-?\\)+|(?<![\\p{L}\\p{N}])xD+(?![\\p{L}\\p{N}])|(?<![\\p{N}]):-?[pP](?![\\p{L}\\p{N}])|(?<![\\p{N}]):[>\\]]|(?<![\\p{N}]):-?v(?![\\p{L}\\p{N}]))"
            + "|(?<neg>(?<![\\p{N}]):'?-?\\(+|=\\(+|(?<![\\p{L}])T[_.]T(?![\\p{L}])|-_-|>:-?\\(|(?<![\\p{N}]):-?[/|](?![/\\p{L}\\p{N}])|</3)"
            + "|(?<neu>(?<![\\p{L}\\p{N}])[oO][._][oO](?![\\p{L}\\p{N}]))");

    private static final String EMOTICON_START = ":=^<;xT->oO";

    private final Map<String, String> teencode = new HashMap<>();
    private final Set<String> sentenceFinal = new HashSet<>();
    private final Map<Integer, String> emoji = new HashMap<>();

    public VietnameseNormalizer() {
        WordLists.table("teencode.tsv").forEach((k, v) -> {
            if (k.startsWith("$")) {
                sentenceFinal.add(k.substring(1));
                teencode.putIfAbsent(k.substring(1), v);
            } else {
                teencode.put(k, v);
            }
        });
        WordLists.table("emoji.tsv").forEach((k, v) -> emoji.put(k.codePointAt(0), v));
    }

    public NormalizedText normalize(String text) {
        if (text == null) text = "";
        String s = Folding.nfc(text);
        List<long[]> emoPositions = new ArrayList<>(); // [position, token index in EMO]
        List<String> emoNames = new ArrayList<>();
        if (hasEmoticonChar(s)) {
            // try the pattern only where an emoticon can start: much cheaper than find() over every position
            Matcher m = EMOTICON.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            StringBuilder sb = null;
            int last = 0, len = s.length();
            for (int i = 0; i < len; i++) {
                char c0 = s.charAt(i);
                if (EMOTICON_START.indexOf(c0) < 0) continue;
                // "o" is a common letter: only "o.O" / "O_o" can start there, checked before the regex runs
                if ((c0 == 'o' || c0 == 'O') && (i + 1 >= len || (s.charAt(i + 1) != '.' && s.charAt(i + 1) != '_'))) continue;
                m.region(i, len);
                if (!m.lookingAt()) continue;
                if (sb == null) sb = new StringBuilder(len);
                emoPositions.add(new long[]{i, emoNames.size()});
                emoNames.add(m.group("pos") != null ? "EMO_POS" : m.group("neg") != null ? "EMO_NEG" : "EMO_NEU");
                sb.append(s, last, i).append(' ');
                last = m.end();
                i = last - 1;
            }
            if (sb != null) s = sb.append(s, last, len).toString();
        }

        StringBuilder out = new StringBuilder(s.length() + 16);
        List<String> tokens = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isWordChar(c) || ((c == '#' || c == '@') && i + 1 < n && isWordChar(s.charAt(i + 1))
                    && (i == 0 || !isWordChar(s.charAt(i - 1))))) {
                int start = i;
                i++;
                if (c == '#' || c == '@') {
                    while (i < n && (isWordChar(s.charAt(i)) || s.charAt(i) == '_' || (c == '@' && s.charAt(i) == '.' && i + 1 < n && isWordChar(s.charAt(i + 1))))) i++;
                    String ent = s.substring(start, i);
                    out.append(ent);
                    addToken(ent.toLowerCase(Locale.ROOT), tokens, folded);
                    continue;
                }
                while (i < n && isWordChar(s.charAt(i))) i++;
                String word = s.substring(start, i);
                // URLs: drop from the analysis text (the cleaner keeps them as entities)
                if ((word.equals("http") || word.equals("https")) && s.startsWith("://", i)
                        || word.equals("www") && i < n && s.charAt(i) == '.') {
                    while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
                    out.append(' ');
                    continue;
                }
                if (word.equals(TextCleaner.URL_PLACEHOLDER)) { out.append(' '); continue; }
                word = squash(word);
                String lower = word.toLowerCase(Locale.ROOT);
                String exp = teencode.get(lower);
                if (exp != null && (!sentenceFinal.contains(lower) || atSentenceEnd(s, i))
                        && !(lower.equals("k") && afterNumber(s, start))) {
                    if (Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(exp.charAt(0))) {
                        exp = Character.toUpperCase(exp.charAt(0)) + exp.substring(1);
                    }
                    out.append(exp);
                    for (String part : exp.split(" ")) addToken(part.toLowerCase(Locale.ROOT), tokens, folded);
                } else {
                    String w = VietnameseTones.placeTone(word);
                    out.append(w);
                    addToken(w.toLowerCase(Locale.ROOT), tokens, folded);
                }
                continue;
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            String emo = emoji.get(cp);
            if (emo != null) {
                emoPositions.add(new long[]{i, emoNames.size()});
                emoNames.add(emo);
                out.append(' ');
            } else if (isEmojiLike(cp)) {
                out.append(' ');
            } else {
                out.append(s, i, i + len);
            }
            i += len;
        }
        String normalized = collapse(out);
        List<String> emojiTokens;
        if (emoNames.isEmpty()) {
            emojiTokens = List.of();
        } else {
            emoPositions.sort((a, b) -> Long.compare(a[0], b[0]));
            List<String> e = new ArrayList<>(emoNames.size());
            for (long[] p : emoPositions) e.add(emoNames.get((int) p[1]));
            emojiTokens = List.copyOf(e);
        }
        return new NormalizedText(text, normalized, Folding.fold(normalized), List.copyOf(tokens), List.copyOf(folded), emojiTokens);
    }

    private static void addToken(String t, List<String> tokens, List<String> folded) {
        tokens.add(t);
        folded.add(Folding.fold(t));
    }

    /** Letters (with combining marks) and digits form words. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || (c >= 0x300 && c <= 0x36F);
    }

    private static boolean hasEmoticonChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '=' || c == '^' || c == '<' || c == '_' || c == ';') return true;
            if ((c == 'o' || c == 'O') && i + 2 < s.length() && s.charAt(i + 1) == '.' && (s.charAt(i + 2) == 'o' || s.charAt(i + 2) == 'O')) return true;
        }
        return false;
    }

    private static boolean isEmojiLike(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F || cp == 0x200D
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x2B50 || cp == 0x2B55;
    }

    /** "50 k", "50k": k is thousand after a number, not "không". */
    private static boolean afterNumber(String s, int start) {
        for (int j = start - 1; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == ' ') continue;
            return Character.isDigit(c);
        }
        return false;
    }

    /** The next non-blank char after {@code i} ends a sentence (or there is none). */
    private static boolean atSentenceEnd(String s, int i) {
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') return true;
            if (Character.isWhitespace(c)) continue;
            return ".!?…,;)".indexOf(c) >= 0;
        }
        return true;
    }

    /**
     * Runs of ≥ 3 letters equal once folded collapse to one (the first marked letter, else the first). A
     * word with a Vietnamese diacritic that ends in a doubled letter ("đẹpp", "nhiềuu") loses the
     * extra one too: no Vietnamese syllable ends in a double letter, while English and loanwords ("good",
     * "too", "xoong") keep theirs because they carry no diacritic or double inside.
     */
    static String squash(String w) {
        int n = w.length();
        if (n < 3) return w;
        String tripled = squashRuns(w);
        int m = tripled.length();
        // the same letter twice, not merely the same once folded: "cứu", "hưu" end in ư + u
        if (m >= 3 && Character.toLowerCase(tripled.charAt(m - 1)) == Character.toLowerCase(tripled.charAt(m - 2))
                && Character.isLetter(tripled.charAt(m - 1)) && hasDiacritic(tripled)) {
            return tripled.substring(0, m - 1);
        }
        return tripled;
    }

    private static boolean hasDiacritic(String w) {
        for (int i = 0; i < w.length(); i++) if (Folding.fold(w.charAt(i)) != w.charAt(i)) return true;
        return false;
    }

    private static String squashRuns(String w) {
        int n = w.length();
        StringBuilder b = null;
        int i = 0;
        while (i < n) {
            char c = w.charAt(i);
            char key = Character.toLowerCase(Folding.fold(c));
            int j = i + 1;
            while (j < n && Character.toLowerCase(Folding.fold(w.charAt(j))) == key) j++;
            if (j - i >= 3 && Character.isLetter(c)) {
                if (b == null) { b = new StringBuilder(n); b.append(w, 0, i); }
                char pick = c;
                for (int k = i; k < j; k++) if (Folding.fold(w.charAt(k)) != w.charAt(k)) { pick = w.charAt(k); break; }
                b.append(pick);
            } else if (b != null) {
                b.append(w, i, j);
            }
            i = j;
        }
        return b == null ? w : b.toString();
    }

    private static String collapse(StringBuilder s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                space = true;
            } else {
                if (space && b.length() > 0 && b.charAt(b.length() - 1) != '\n' && c != '\n') b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
