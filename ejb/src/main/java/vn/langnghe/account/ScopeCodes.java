package vn.langnghe.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.langnghe.analysis.topic.TopicClassifier;

/**
 * The codes a data scope may name, with the names admins pick them by: the areas (former districts and
 * provinces) and the wards, communes and special zone (five-digit new unit codes) that the seeded units
 * stand for, and the topic codes of the topic rules. A scope with any other code is refused: an unknown
 * code would match no post and silently hide everything from the unit.
 */
public record ScopeCodes(Map<String, String> areas, Map<String, String> wards, List<String> topics)
        implements java.io.Serializable {

    public ScopeCodes {
        areas = Map.copyOf(areas);
        wards = Map.copyOf(wards);
        topics = List.copyOf(topics);
    }

    /** From the units: a district stands for its areas, a local unit for its wards. */
    static ScopeCodes of(Collection<Unit> units) {
        Map<String, String> areas = new LinkedHashMap<>();
        Map<String, String> wards = new LinkedHashMap<>();
        for (Unit u : units) {
            DataScope s = u.scope();
            if (u.getKind() == UnitKind.DISTRICT) {
                s.areas().forEach(a -> areas.putIfAbsent(a, u.getName()));
            } else if (u.getKind() == UnitKind.WARD) {
                s.wards().forEach(w -> wards.putIfAbsent(w, u.getName()));
            }
        }
        return new ScopeCodes(areas, wards, TopicClassifier.CODES);
    }

    /**
     * The scope of these codes, or a refusal that names every code that is malformed or unknown. Codes
     * are trimmed and de-duplicated; empty lists everywhere mean the whole city.
     */
    public DataScope check(List<String> areaCodes, List<String> wardCodes, List<String> topicCodes) {
        List<String> problems = new ArrayList<>();
        List<String> a = known("area", areaCodes, areas.keySet(), problems);
        List<String> w = known("ward", wardCodes, wards.keySet(), problems);
        List<String> t = known("topic", topicCodes, topics, problems);
        if (!problems.isEmpty()) {
            throw AdminRefusal.invalid(String.join("; ", problems));
        }
        return new DataScope(a, w, t);
    }

    private static List<String> known(String what, List<String> codes, Collection<String> known, List<String> problems) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            String code = c == null ? "" : c.strip();
            if (code.isEmpty()) {
                problems.add("an empty " + what + " code");
            } else if (!known.contains(code)) {
                problems.add("unknown " + what + " code \"" + shortened(code) + "\"");
            } else {
                out.add(code);
            }
        }
        return List.copyOf(out);
    }

    /** A code echoed in a message is cut short: it is the caller's input. */
    public static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
