package vn.langnghe.analysis.topic;

import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.text.WordLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Admin-editable keyword rules, {@code analysis/topic-rules.tsv}: {@code code<TAB>keyword or phrase}
 * ('#' comments). Keywords are normalised like posts (teencode, tones) and matched as whole folded
 * token sequences, so "ngập nước" also matches "ngap nuoc". Immutable.
 */
public final class TopicRules {
    private record Rule(String code, String[] folded) {}

    private final Map<String, List<Rule>> byFirst = new HashMap<>();

    public TopicRules(List<String> lines, VietnameseNormalizer normalizer) {
        for (String l : lines) {
            int tab = l.indexOf('\t');
            if (tab < 0) throw new IllegalStateException("topic-rules.tsv: no tab in line: " + l);
            String code = l.substring(0, tab).strip();
            if (!TopicClassifier.CODES.contains(code)) throw new IllegalStateException("topic-rules.tsv: unknown code " + code);
            List<String> f = normalizer.normalize(l.substring(tab + 1).strip()).foldedTokens();
            if (f.isEmpty()) continue;
            byFirst.computeIfAbsent(f.get(0), k -> new ArrayList<>()).add(new Rule(code, f.toArray(String[]::new)));
        }
    }

    public static TopicRules load(VietnameseNormalizer normalizer) {
        return new TopicRules(WordLists.lines("topic-rules.tsv"), normalizer);
    }

    /** Codes whose keywords occur in the text (distinct, in order of first match). */
    public List<String> match(NormalizedText text) {
        List<String> ft = text.foldedTokens();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ft.size(); i++) {
            List<Rule> rs = byFirst.get(ft.get(i));
            if (rs == null) continue;
            for (Rule r : rs) {
                if (out.contains(r.code) || i + r.folded.length > ft.size()) continue;
                boolean ok = true;
                for (int k = 1; k < r.folded.length && ok; k++) ok = ft.get(i + k).equals(r.folded[k]);
                if (ok) out.add(r.code);
            }
        }
        return out;
    }
}
