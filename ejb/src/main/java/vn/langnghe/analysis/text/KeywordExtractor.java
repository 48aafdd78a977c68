package vn.langnghe.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hashtags and a few keywords from a {@link NormalizedText}. Thread-safe.
 *
 * <p>Keywords: syllable bigrams (most Vietnamese words have two syllables: "kẹt xe", "ngập nước") and
 * unigrams, neither part being a stopword ({@code analysis/stopwords-vi.txt}, {@code stopwords-en.txt}),
 * digits or one letter. Counted on the folded form so "ket xe" and "kẹt xe" add up; shown in the
 * accented form seen most. Score = count × 2 for bigrams, × 1 for unigrams; a unigram already inside a
 * chosen bigram is dropped.
 */
public final class KeywordExtractor {
    private final Set<String> stop;
    private final Set<String> foldedStop;

    public KeywordExtractor() {
        Set<String> s = new java.util.HashSet<>(WordLists.words("stopwords-vi.txt"));
        s.addAll(WordLists.words("stopwords-en.txt"));
        stop = Set.copyOf(s);
        Set<String> f = new java.util.HashSet<>();
        for (String w : WordLists.words("stopwords-vi.txt")) f.add(Folding.fold(w));
        foldedStop = Set.copyOf(f);
    }

    public Keywords extract(NormalizedText t) {
        return extract(t, 5);
    }

    public Keywords extract(NormalizedText t, int max) {
        List<String> tokens = t.tokens();
        List<String> folded = t.foldedTokens();
        Set<String> tags = new LinkedHashSet<>();
        Map<String, int[]> counts = new LinkedHashMap<>(); // folded key -> [count, weight]
        Map<String, Map<String, Integer>> surface = new HashMap<>();
        boolean[] content = new boolean[tokens.size()];
        for (int i = 0; i < content.length; i++) content[i] = isContent(tokens.get(i), folded.get(i));
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            if (tok.startsWith("#")) { tags.add(tok.substring(1)); continue; }
            if (!content[i]) continue;
            count(folded.get(i), tok, 1, counts, surface);
            if (i + 1 < tokens.size() && content[i + 1]) {
                count(folded.get(i) + " " + folded.get(i + 1), tok + " " + tokens.get(i + 1), 2, counts, surface);
            }
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue()[0] * b.getValue()[1], a.getValue()[0] * a.getValue()[1]));
        List<String> keys = new ArrayList<>();
        Set<String> covered = new java.util.HashSet<>();
        for (Map.Entry<String, int[]> e : ranked) {
            if (keys.size() >= max) break;
            String k = e.getKey();
            boolean bigram = k.indexOf(' ') > 0;
            if (!bigram && covered.contains(k)) continue;
            if (bigram) {
                String[] p = k.split(" ");
                // a bigram seen once in a long text is weak evidence; keep it only if nothing better
                if (covered.contains(p[0]) && covered.contains(p[1])) continue;
                covered.add(p[0]);
                covered.add(p[1]);
            } else {
                covered.add(k);
            }
            keys.add(k);
        }
        List<String> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            out.add(surface.get(k).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        }
        return new Keywords(List.copyOf(tags), List.copyOf(out));
    }

    private static void count(String key, String form, int weight, Map<String, int[]> counts, Map<String, Map<String, Integer>> surface) {
        counts.computeIfAbsent(key, x -> new int[]{0, weight})[0]++;
        surface.computeIfAbsent(key, x -> new HashMap<>(4)).merge(form, 1, Integer::sum);
    }

    /** {@code folded} is the token's {@link Folding#fold} (the normalizer has it already). */
    private boolean isContent(String tok, String folded) {
        if (tok.length() < 2 || tok.charAt(0) == '#' || tok.charAt(0) == '@') return false;
        if (stop.contains(tok)) return false;
        if (folded.equals(tok) && foldedStop.contains(folded)) return false;
        boolean letter = false;
        for (int i = 0; i < tok.length(); i++) if (Character.isLetter(tok.charAt(i))) { letter = true; break; }
        return letter;
    }
}
