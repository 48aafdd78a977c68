package vn.langnghe.tools.units;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.langnghe.analysis.region.RegionMatcher;

/**
 * Which former district or area each new unit is grouped under: the one with the most links in {@code
 * old_to_new.csv}, full and partial alike. Seven new units take in old wards of two areas; none is a tie
 * today. A tie after a data change stops the generator rather than letting the file order decide.
 */
final class UnitGrouping {
    private UnitGrouping() {
    }

    /** New unit code → its former district or area. */
    static Map<String, FormerArea> of(ReferenceUnits reference, RegionMatcher gazetteer) {
        // the old districts of Bình Dương (or of Bà Rịa–Vũng Tàu) are one FormerArea, so their links add up
        Map<String, Map<FormerArea, Long>> votes = reference.links().stream()
                .collect(Collectors.groupingBy(ReferenceUnits.OldLink::newCode,
                        Collectors.groupingBy(l -> FormerArea.of(l, gazetteer), Collectors.counting())));
        Map<String, FormerArea> out = new TreeMap<>();
        for (ReferenceUnits.NewUnit u : reference.units()) {
            Map<FormerArea, Long> v = votes.get(u.code());
            if (v == null) {
                throw new IllegalStateException("no old unit links to " + u.code() + " " + u.name());
            }
            out.put(u.code(), winner(u, v));
        }
        return out;
    }

    private static FormerArea winner(ReferenceUnits.NewUnit unit, Map<FormerArea, Long> votes) {
        long most = votes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<FormerArea> best = votes.entrySet().stream()
                .filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        if (best.size() > 1) {
            throw new IllegalStateException(unit.code() + " " + unit.name() + " has as many links to each of "
                    + best + ": decide by hand which area it is grouped under");
        }
        return best.get(0);
    }
}
