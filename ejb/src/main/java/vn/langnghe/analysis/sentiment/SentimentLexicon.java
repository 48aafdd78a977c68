package vn.langnghe.analysis.sentiment;

import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.text.WordLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lexicon, negators and intensifiers of one language ({@code analysis/corpus/lexicon-xx.tsv},
 * {@code negators-xx.txt}, {@code intensifiers-xx.txt}), matched on the normalizer's tokens.
 * Terms are tokenised by the same {@link VietnameseNormalizer} as the text. A text that is mostly
 * written without diacritics is matched on folded tokens, otherwise on accented tokens (so "dở" does
 * not match the common "do" in an accented text). Immutable and thread-safe.
 */
public final class SentimentLexicon {
    /** Tokens after a negator that are negated. */
    public static final int NEGATION_SCOPE = 3;
    /** Negated positive → negative at this fraction; negated negative ("không tệ") → mildly positive. */
    static final double FLIP_POSITIVE = 0.8, FLIP_NEGATIVE = 0.5;
    /** Negator words that are too ambiguous alone ("ở đâu" = where, "đi khỏi" = leave). */
    private static final Set<String> SKIPPED_NEGATORS = Set.of("đâu", "khỏi");
    /** "không" followed by these is a noun (không khí = air), not a negator; folded. */
    private static final Set<String> KHONG_NOUNS = Set.of("khi", "gian", "phan", "quan", "luu", "trung");
    /**
     * Third-party lexicons read after the project's own, when present: {@code lexicon-<lang>-<name>.tsv}
     * (same format; sources and licences in docs/analysis-data.md).
     */
    static final List<String> EXTRA_LEXICONS = List.of("vader");

    private record Term(String[] tokens, String[] folded, String display, double value) {
    }

    private final Map<String, List<Term>> lexAccented = new HashMap<>(), lexFolded = new HashMap<>();
    private final Map<String, List<Term>> negAccented = new HashMap<>(), negFolded = new HashMap<>();
    private final Map<String, List<Term>> intAccented = new HashMap<>(), intFolded = new HashMap<>();

    public SentimentLexicon(Language lang, VietnameseNormalizer normalizer) {
        String code = lang == Language.EN ? "en" : "vi";
        Set<String> known = new HashSet<>();
        for (String l : WordLists.lines("corpus/negators-" + code + ".txt")) {
            reserve(normalizer, l, known);
            if (!SKIPPED_NEGATORS.contains(l.strip())) add(normalizer, l, -1, negAccented, negFolded);
        }
        for (String l : WordLists.lines("corpus/intensifiers-" + code + ".txt")) {
            String[] f = l.split("\t");
            reserve(normalizer, f[0], known);
            add(normalizer, f[0], Double.parseDouble(f[1].strip()), intAccented, intFolded);
        }
        addLexicon(normalizer, "corpus/lexicon-" + code + ".tsv", known, true);
        for (String extra : EXTRA_LEXICONS) {
            String resource = "corpus/lexicon-" + code + "-" + extra + ".tsv";
            if (SentimentLexicon.class.getClassLoader().getResource("analysis/" + resource) != null) {
                addLexicon(normalizer, resource, known, false);
            }
        }
        for (Map<String, List<Term>> m : List.of(lexAccented, lexFolded, negAccented, negFolded, intAccented, intFolded)) {
            m.values().forEach(list -> list.sort(Comparator.comparingInt((Term t) -> -t.tokens.length)));
        }
    }

    /**
     * Adds a lexicon file's terms. The project's own lexicon ({@code own}) is read first and keeps all its
     * terms; a third-party one adds only terms not known yet, so the project's weights win, and a negator or
     * intensifier never becomes a third-party lexicon term (a lexicon hit at a token would stop "no" or
     * "kind of" from acting as one).
     */
    private void addLexicon(VietnameseNormalizer normalizer, String resource, Set<String> known, boolean own) {
        for (String l : WordLists.lines(resource)) {
            String[] f = l.split("\t");
            if (!known.add(key(normalizer, f[0])) && !own) continue;
            double w = Double.parseDouble(f[2].strip());
            add(normalizer, f[0], "neg".equals(f[1].strip()) ? -w : w, lexAccented, lexFolded);
        }
    }

    private static String key(VietnameseNormalizer normalizer, String term) {
        return String.join(" ", normalizer.normalize(term.strip()).tokens());
    }

    /** A negator or intensifier and its first word ("kind" of "kind of") are kept out of third-party lexicons. */
    private static void reserve(VietnameseNormalizer normalizer, String term, Set<String> known) {
        List<String> tokens = normalizer.normalize(term.strip()).tokens();
        if (tokens.isEmpty()) return;
        known.add(String.join(" ", tokens));
        known.add(tokens.get(0));
    }

    private static void add(VietnameseNormalizer normalizer, String term, double value,
                            Map<String, List<Term>> accented, Map<String, List<Term>> folded) {
        NormalizedText nt = normalizer.normalize(term.strip());
        if (nt.tokens().isEmpty()) return;
        Term t = new Term(nt.tokens().toArray(String[]::new), nt.foldedTokens().toArray(String[]::new), term.strip(), value);
        accented.computeIfAbsent(t.tokens[0], k -> new ArrayList<>()).add(t);
        folded.computeIfAbsent(t.folded[0], k -> new ArrayList<>()).add(t);
    }

    /** True when fewer than 15 % of the tokens carry a diacritic: match on folded tokens. */
    static boolean unaccented(NormalizedText nt) {
        int marked = 0;
        for (int i = 0; i < nt.tokens().size(); i++) if (!nt.tokens().get(i).equals(nt.foldedTokens().get(i))) marked++;
        return marked < 0.15 * nt.tokens().size();
    }

    private static Term match(List<String> toks, int i, Map<String, List<Term>> index, boolean folded) {
        List<Term> cands = index.get(toks.get(i));
        if (cands == null) return null;
        for (Term t : cands) {
            String[] tt = folded ? t.folded : t.tokens;
            if (i + tt.length > toks.size()) continue;
            boolean ok = true;
            for (int k = 0; k < tt.length && ok; k++) ok = toks.get(i + k).equals(tt[k]);
            if (ok) return t;
        }
        return null;
    }

    /**
     * Per token: a clause break (, . ; : ! ? … or a newline) between it and the previous token. Found by
     * locating the tokens in order in the lower-cased normalised text; if a token cannot be located the
     * rest gets no break.
     */
    static boolean[] clauseBreaks(NormalizedText nt) {
        List<String> toks = nt.tokens();
        boolean[] out = new boolean[toks.size()];
        String s = nt.normalized().toLowerCase(java.util.Locale.ROOT);
        int pos = 0;
        for (int i = 0; i < toks.size(); i++) {
            int at = s.indexOf(toks.get(i), pos);
            if (at < 0) break;
            if (i > 0) {
                for (int k = pos; k < at; k++) {
                    char c = s.charAt(k);
                    if (",.;:!?…\n()".indexOf(c) >= 0) { out[i] = true; break; }
                }
            }
            pos = at + toks.get(i).length();
        }
        return out;
    }

    /** Lexicon pass: hits with negation and intensifiers applied, negation scope and intensifier flags per token. */
    public LexiconAnalysis analyse(NormalizedText nt) {
        boolean folded = unaccented(nt);
        List<String> toks = folded ? nt.foldedTokens() : nt.tokens();
        List<String> display = nt.tokens();
        Map<String, List<Term>> lex = folded ? lexFolded : lexAccented;
        Map<String, List<Term>> neg = folded ? negFolded : negAccented;
        Map<String, List<Term>> ints = folded ? intFolded : intAccented;
        int n = toks.size();
        boolean[] negated = new boolean[n];
        int[] intensifier = new int[n];
        double[] intMult = new double[n];
        int[] negStart = new int[n];
        java.util.Arrays.fill(negStart, -1);
        boolean[] breakBefore = clauseBreaks(nt);
        // 1. negators and intensifiers (a lexicon term wins over a negator/intensifier starting at the same token)
        boolean[] lexStart = new boolean[n];
        for (int i = 0; i < n; i++) lexStart[i] = match(toks, i, lex, folded) != null;
        for (int i = 0; i < n; ) {
            Term t = lexStart[i] ? null : match(toks, i, neg, folded);
            if (t != null && !(nt.foldedTokens().get(i).equals("khong") && i + 1 < n && KHONG_NOUNS.contains(nt.foldedTokens().get(i + 1)))) {
                int end = i + t.tokens.length;
                for (int k = end; k < Math.min(n, end + NEGATION_SCOPE); k++) {
                    if (breakBefore[k]) break; // the scope ends at a clause boundary: "not bad, friendly staff"
                    negated[k] = true;
                    negStart[k] = i;
                }
                i = end;
                continue;
            }
            Term it = lexStart[i] ? null : match(toks, i, ints, folded);
            if (it != null) {
                for (int k = i; k < i + it.tokens.length; k++) { intensifier[k] = it.value >= 1 ? 1 : -1; intMult[k] = it.value; }
                i += it.tokens.length;
                continue;
            }
            i++;
        }
        // 2. lexicon hits
        List<LexiconAnalysis.Hit> hits = new ArrayList<>();
        double score = 0;
        for (int i = 0; i < n; ) {
            Term t = match(toks, i, lex, folded);
            if (t == null) { i++; continue; }
            int end = i + t.tokens.length;
            int from = i, to = end;
            double mult = 1;
            // intensifier just before (1–2 tokens) or just after the term ("quá tệ", "tệ quá", "tệ lắm")
            if (i >= 1 && intensifier[i - 1] != 0 && !breakBefore[i]) {
                mult *= intMult[i - 1];
                from = i - 1;
                while (from > 0 && !breakBefore[from] && intensifier[from - 1] != 0 && intMult[from - 1] == intMult[i - 1]) from--;
            } else if (i >= 2 && intensifier[i - 2] != 0 && intensifier[i - 1] == 0 && !negated[i - 1] && !breakBefore[i] && !breakBefore[i - 1]) {
                mult *= intMult[i - 2];
                from = i - 2;
            }
            if (end < n && intensifier[end] > 0 && !breakBefore[end]) { mult *= intMult[end]; to = end + 1; while (to < n && !breakBefore[to] && intensifier[to] != 0 && intMult[to] == intMult[end]) to++; }
            boolean isNeg = negated[i];
            double v = t.value;
            if (isNeg) {
                v = v > 0 ? -FLIP_POSITIVE * v : -FLIP_NEGATIVE * v;
                from = Math.min(from, negStart[i]);
            }
            v *= mult;
            score += v;
            hits.add(new LexiconAnalysis.Hit(String.join(" ", display.subList(from, to)), t.display, v, isNeg, mult));
            i = end;
        }
        return new LexiconAnalysis(score, List.copyOf(hits), negated, intensifier);
    }
}
