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
        Map<String, Candidate> counts = new LinkedHashMap<>(); // by folded key, in order of first sight
        boolean[] content = new boolean[tokens.size()];
        for (int i = 0; i < content.length; i++) content[i] = isContent(tokens.get(i), folded.get(i));
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            if (tok.startsWith("#")) { tags.add(tok.substring(1)); continue; }
            if (!content[i]) continue;
            count(folded.get(i), tok, 1, counts);
            if (i + 1 < tokens.size() && content[i + 1]) {
                count(folded.get(i) + " " + folded.get(i + 1), tok + " " + tokens.get(i + 1), 2, counts);
            }
        }
        List<Map.Entry<String, Candidate>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue().score(), a.getValue().score()));
        List<String> keys = new ArrayList<>();
        Set<String> covered = new java.util.HashSet<>();
        for (Map.Entry<String, Candidate> e : ranked) {
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
            out.add(counts.get(k).commonestForm());
        }
        return new Keywords(List.copyOf(tags), List.copyOf(out));
    }

    /**
     * A keyword candidate: how often its folded key occurs, its weight (2 for a bigram) and the forms it
     * was written in. Most keys are written one way only; the map of forms is made when a second appears.
     */
    private static final class Candidate {
        final int weight;
        final String firstForm;
        int count;
        int firstFormCount;
        Map<String, Integer> forms;

        Candidate(int weight, String form) {
            this.weight = weight;
            this.firstForm = form;
        }

        int score() {
            return count * weight;
        }

        void add(String form) {
            count++;
            if (forms == null) {
                if (form.equals(firstForm)) {
                    firstFormCount++;
                    return;
                }
                forms = new HashMap<>(4);
                forms.put(firstForm, firstFormCount);
            }
            forms.merge(form, 1, Integer::sum);
        }

        /** The form written most often (among equals, the first in the map's order, as before). */
        String commonestForm() {
            if (forms == null) {
                return firstForm;
            }
            return forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    private static void count(String key, String form, int weight, Map<String, Candidate> counts) {
        Candidate c = counts.get(key);
        if (c == null) {
            c = new Candidate(weight, form);
            counts.put(key, c);
        }
        c.add(form);
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
