package vn.langnghe.analysis.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds places of Hồ Chí Minh City in a text. The gazetteer (resources {@code analysis/region/gazetteer.tsv}
 * and {@code analysis/region/landmarks.tsv}) is loaded once into a trie of folded token sequences. Matching
 * folds the text, walks the trie from each token and keeps the longest alias that ends on a token boundary;
 * matches never overlap. Immutable and thread-safe once built.
 */
public final class RegionMatcher {
    static final String GAZETTEER = "/analysis/region/gazetteer.tsv";
    static final String LANDMARKS = "/analysis/region/landmarks.tsv";

    /** What a gazetteer line describes. Lower {@code priority} wins when two kinds share an alias. */
    enum Kind {
        CITY("city", 0), CITY_WEAK("city_weak", 0), CITY_NAME("city_name", 0), CITY_ABBR("city_abbr", 0),
        DISTRICT("district", 1), PROVINCE("province", 1),
        UNIT("unit", 2), OLD_WARD("old_ward", 3), LANDMARK("landmark", 4), OTHER("other", 5);

        final String label;
        final int priority;

        Kind(String label, int priority) {
            this.label = label;
            this.priority = priority;
        }

        static Kind of(String s) {
            for (Kind k : values()) {
                if (k.label.equals(s)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind " + s);
        }
    }

    /** One gazetteer line. */
    record Entry(Kind kind, String name, String area, List<String> units, List<String> aliases) {
    }

    /**
     * One entry an alias leads to. {@code exact}: the alias was written "=alias" because its letters without
     * diacritics are also everyday words ("sài thành" / "sai thành", wrong as): it counts only with the same
     * accents, or capitalised when the text has none ("Sai Thanh").
     */
    private record Cand(Entry entry, String accented, boolean exact) {
    }

    private static final class Node {
        Map<String, Node> next;
        Cand[] cands;

        Node child(String token) {
            return next == null ? null : next.get(token);
        }
    }

    private static volatile RegionMatcher instance;

    private final List<Entry> entries;
    private final Node root = new Node();
    private int aliasCount;

    private RegionMatcher(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            for (String alias : e.aliases()) {
                addAlias(alias, e);
            }
        }
    }

    /** The matcher built from the classpath gazetteer, loaded once and cached. */
    public static RegionMatcher load() {
        RegionMatcher m = instance;
        if (m == null) {
            synchronized (RegionMatcher.class) {
                m = instance;
                if (m == null) {
                    List<Entry> all = new ArrayList<>();
                    all.addAll(read(GAZETTEER));
                    all.addAll(read(LANDMARKS));
                    m = new RegionMatcher(all);
                    instance = m;
                }
            }
        }
        return m;
    }

    /** All gazetteer entries (units, districts, old wards, landmarks, ...). */
    List<Entry> entries() {
        return entries;
    }

    /**
     * The name of an area code as the gazetteer writes it: the city's or the province's own name, else the
     * name of the (first) district of that code ({@code q1} → "Quận 1"); empty for an unknown code.
     */
    public java.util.Optional<String> areaName(String area) {
        java.util.Optional<String> whole = entries.stream()
                .filter(e -> (e.kind() == Kind.CITY || e.kind() == Kind.PROVINCE) && e.area().equals(area))
                .map(Entry::name).findFirst();
        return whole.isPresent() ? whole : entries.stream()
                .filter(e -> e.kind() == Kind.DISTRICT && e.area().equals(area)).map(Entry::name).findFirst();
    }

    /** The name of a new commune-level unit's code ("Phường Sài Gòn"); empty for an unknown code. */
    public java.util.Optional<String> unitName(String unit) {
        return entries.stream().filter(e -> e.kind() == Kind.UNIT && e.units().equals(List.of(unit)))
                .map(Entry::name).findFirst();
    }

    int aliasCount() {
        return aliasCount;
    }

    private static List<Entry> read(String resource) {
        InputStream in = RegionMatcher.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    throw new IllegalStateException(resource + ":" + no + ": expected kind, name, area[, units, aliases]");
                }
                Kind kind = Kind.of(f[0].trim());
                String name = f[1].trim();
                String area = f[2].trim();
                List<String> units = f.length > 3 && !f[3].isBlank() ? List.of(f[3].trim().split(",")) : List.of();
                Set<String> aliases = new LinkedHashSet<>();
                if (kind == Kind.LANDMARK) {
                    aliases.addAll(landmarkAliases(name));
                }
                if (f.length > 4) {
                    for (String a : f[4].split("\\|")) {
                        if (!a.isBlank()) {
                            aliases.add(a.trim());
                        }
                    }
                }
                out.add(new Entry(kind, name, area, units, List.copyOf(aliases)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Variants people write for a landmark: the name, its head without the generic word, English forms. */
    static List<String> landmarkAliases(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        String low = name.toLowerCase(java.util.Locale.ROOT);
        String[][] heads = {
            {"chợ ", "market", null}, {"cầu ", "bridge", null}, {"bệnh viện ", "hospital", "bv "},
            {"công viên ", "park", "cv "}, {"đường ", "street", null}, {"sân bay ", "airport", ""},
            {"bến xe ", "bus station", "bx "}, {"nhà thờ ", "church", null}, {"vòng xoay ", "roundabout", "bùng binh "},
            {"khu du lịch ", "park", ""}, {"đại lộ ", "boulevard", ""}, {"hầm ", "tunnel", null},
            {"phố đi bộ ", "walking street", ""}, {"bảo tàng ", "museum", null}, {"chùa ", "pagoda", null},
            {"trường đại học ", "university", "đại học "}, {"ga ", "station", ""}, {"khu đô thị ", "", ""},
            {"trung tâm thương mại ", "", "ttm "}, {"nhà hát ", "theatre", null}, {"sân vận động ", "stadium", "svđ "},
            {"kênh ", "canal", ""}, {"ngã tư ", "", "nút giao "}, {"ngã sáu ", "", ""}, {"ngã bảy ", "", ""},
            {"bến ", "", ""}, {"dinh ", "palace", null}, {"khu chế xuất ", "", "kcx "}, {"khu công nghiệp ", "", "kcn "},
            {"trung tâm ", "", "tt "}, {"siêu thị ", "", null},
        };
        for (String[] h : heads) {
            if (low.startsWith(h[0])) {
                String rest = name.substring(h[0].length());
                if (!h[1].isEmpty()) {
                    out.add(rest + " " + h[1]);
                }
                if (h[2] != null && !h[0].equals("bến ") && !h[0].equals("ngã tư ") && !h[0].equals("ngã sáu ")
                        && !h[0].equals("ngã bảy ") && !h[0].equals("kênh ") && !h[0].equals("ga ")) {
                    if (h[2].isEmpty()) {
                        if (PlaceTokenizer.tokenize(rest).size >= 2) {
                            out.add(rest);
                        }
                    } else {
                        out.add(h[2] + rest);
                    }
                }
                break;
            }
        }
        return out;
    }

    private void addAlias(String alias, Entry e) {
        PlaceTokenizer.Tokens t = PlaceTokenizer.tokenize(alias);
        if (t.size == 0) {
            return;
        }
        Node n = root;
        for (int i = 0; i < t.size; i++) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(t.folded[i], k -> new Node());
        }
        Cand c = new Cand(e, PlaceTokenizer.accentedPhrase(alias), alias.startsWith("="));
        if (n.cands == null) {
            n.cands = new Cand[] {c};
        } else {
            for (Cand old : n.cands) {
                if (old.entry == e) {
                    return;
                }
            }
            int best = n.cands[0].entry.kind.priority;
            int p = e.kind.priority;
            if (p < best) {
                n.cands = new Cand[] {c};
            } else if (p == best) {
                n.cands = Arrays.copyOf(n.cands, n.cands.length + 1);
                n.cands[n.cands.length - 1] = c;
            } else {
                return;
            }
        }
        aliasCount++;
    }

    private record Hit(Entry entry, int start, int end, int firstToken, int lastToken) {
    }

    /** Places in the text: non-overlapping, longest match first, in text order. */
    public List<RegionMatch> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        PlaceTokenizer.Tokens t = PlaceTokenizer.tokenize(text);
        List<Hit> hits = null;
        boolean other = false;
        int i = 0;
        while (i < t.size) {
            Node n = root;
            Node best = null;
            int bestEnd = -1;
            for (int j = i; j < t.size; j++) {
                n = n.child(t.folded[j]);
                if (n == null) {
                    break;
                }
                if (n.cands != null) {
                    best = n;
                    bestEnd = j;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Entry e = choose(best.cands, text, t.start[i], t.end[bestEnd]);
            if (e != null && !ContextRules.accepts(e.kind, text, t, i, bestEnd)) {
                e = null;
            }
            if (e != null) {
                if (hits == null) {
                    hits = new ArrayList<>(4);
                }
                hits.add(new Hit(e, t.start[i], t.end[bestEnd], i, bestEnd));
                other |= e.kind == Kind.OTHER;
            }
            i = bestEnd + 1;
        }
        if (hits == null) {
            return List.of();
        }
        List<RegionMatch> out = new ArrayList<>(hits.size());
        for (int k = 0; k < hits.size(); k++) {
            Hit h = hits.get(k);
            Entry e = h.entry;
            if (e.kind == Kind.OTHER) {
                continue;
            }
            Hit next = k + 1 < hits.size() ? hits.get(k + 1) : null;
            boolean nextAdjacent = next != null && onlySeparators(text, h.end, next.start);
            // "thành phố" / "TP" alone mean the city only when no other province or city is named
            if ((e.kind == Kind.CITY_WEAK || e.kind == Kind.CITY_ABBR) && other) {
                continue;
            }
            // "UBND thành phố Thủ Đức", "thành phố Paris": a city word ending in "thành phố"/"TP" followed by a
            // name belongs to that name, not to Hồ Chí Minh City
            if (e.area.equals("hcmc") && ContextRules.endsWithCityWord(t, h.lastToken)
                    && (nextAdjacent && next.firstToken == h.lastToken + 1 && !next.entry.area.equals("hcmc")
                        || ContextRules.unknownNameFollows(text, t, h.lastToken,
                                next != null && next.firstToken == h.lastToken + 1))) {
                continue;
            }
            // "Tân Phú, Đồng Nai": a name directly followed by another province is that province's place
            if (e.kind != Kind.CITY && nextAdjacent && next.entry.kind == Kind.OTHER) {
                continue;
            }
            out.add(new RegionMatch(e.area, e.units, text.substring(h.start, h.end), h.start, h.end));
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ',' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static Entry choose(Cand[] cands, String text, int start, int end) {
        if (cands.length == 1) {
            Cand c = cands[0];
            if (c.exact && !(PlaceTokenizer.hasDiacritics(text, start, end)
                    ? c.accented.equals(PlaceTokenizer.accentedPhrase(text.substring(start, end)))
                    : Character.isUpperCase(text.charAt(start)))) {
                return null;
            }
            return c.entry;
        }
        Entry first = cands[0].entry;
        boolean same = true;
        for (Cand c : cands) {
            if (!c.entry.area.equals(first.area)) {
                same = false;
                break;
            }
        }
        if (same) {
            return first;
        }
        if (PlaceTokenizer.hasDiacritics(text, start, end)) {
            String acc = PlaceTokenizer.accentedPhrase(text.substring(start, end));
            Entry found = null;
            for (Cand c : cands) {
                if (c.accented.equals(acc)) {
                    if (found != null && !found.area.equals(c.entry.area)) {
                        return null;
                    }
                    found = c.entry;
                }
            }
            return found;
        }
        return null; // same letters, different places: leave it out rather than guess
    }
}
