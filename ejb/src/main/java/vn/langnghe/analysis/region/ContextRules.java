package vn.langnghe.analysis.region;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The words around a gazetteer match that show it is not a place of the city: "anh Tân Bình" is a person,
 * "Chủ tịch Hồ Chí Minh" is the man, "các thành phố" and "TP Bảo Lộc" are not Hồ Chí Minh City. Each rule
 * looks at one or two neighbouring tokens only, so it costs nothing when no place is found. The reasons for
 * each word list are in docs/analysis-regions.md ("Real text").
 */
final class ContextRules {
    /**
     * Folded words that, just before the bare name "Hồ Chí Minh", show it is not the city: the person (Bác, Chủ
     * tịch, tư tưởng, tấm gương, đạo đức ...), or a name (đường mòn, Đoàn, lăng, huân chương).
     */
    private static final Set<String> PERSON_CUES = Set.of("bac", "tich", "tuong", "lang", "mon", "doan", "tncs",
            "duc", "guong", "chu", "nguoi", "cu", "chuong", "thuong", "vien", "hoc", "nhu", "voi", "cua", "ong");

    /**
     * Kinship words and titles that, right before a bare place name, make it a person's name ("anh Tân Bình",
     * "chị Bình Dương", "Mr Binh Duong"). Compared with their diacritics: without them "co" may be "có" (there is)
     * and "chi" may be "chỉ" (only), so an unaccented "co Phu Nhuan" stays a place.
     */
    private static final Set<String> TITLES = Set.of("anh", "chị", "cô", "chú", "ông", "bà", "bác", "em", "bạn",
            "cậu", "dì", "mợ", "thím", "dượng", "thầy", "sếp", "bé", "cháu", "mr", "ms", "mrs", "miss", "sir");
    private static final Set<String> TITLES_FOLDED = Set.of("anh", "chi", "co", "chu", "ong", "ba", "bac", "em",
            "ban", "cau", "di", "mo", "thim", "duong", "thay", "sep", "be", "chau", "mr", "ms", "mrs", "miss", "sir");

    /**
     * Folded words that, before such a title, make the pair a group of people or a home, so the name is a place
     * again: "anh em Thủ Đức", "anh chị Tân Bình", "các bác Gò Vấp", "nhà anh Tân Bình", "quê chị Bình Dương".
     */
    private static final Set<String> PLACE_BEFORE_TITLE = Set.of("anh", "chi", "em", "co", "chu", "bac", "ong", "ba",
            "di", "cac", "may", "nhung", "ca", "moi", "nha", "que", "o", "tai", "ve", "dan", "tu", "den", "toi",
            "sang", "xuong", "len", "ben", "gan", "khu", "vung");

    /** First tokens of the aliases that name the kind of place ("quận Tân Bình"): never a person's name. */
    private static final Set<String> HEADS = Set.of("quan", "q", "huyen", "h", "phuong", "p", "f", "xa", "x", "thi",
            "tt", "tx", "thanh", "tp", "tinh", "district", "dist", "d", "ward", "dac", "dc");

    /** Folded words before "thành phố"/"TP" that make it a city in general: "các thành phố", "5 thành phố". */
    private static final Set<String> GENERIC_BEFORE = Set.of("cac", "nhung", "nhieu", "moi", "mot", "vai", "may",
            "hai", "ba", "bon", "muoi", "tram", "nhiu");
    /** Folded words after "thành phố" that do the same: "thành phố khác", "thành phố trực thuộc trung ương". */
    private static final Set<String> GENERIC_AFTER = Set.of("khac", "truc");

    private ContextRules() {
    }

    /** Whether a match of this kind over tokens first..last is a place of the city, as far as its neighbours tell. */
    static boolean accepts(RegionMatcher.Kind kind, String text, PlaceTokenizer.Tokens t, int first, int last) {
        switch (kind) {
            case CITY_NAME:
                return first == 0 || !PERSON_CUES.contains(t.folded[first - 1]);
            case CITY_ABBR:
                return Character.isUpperCase(text.charAt(t.start[first])) && !genericCity(t, first, last);
            case CITY_WEAK:
                return !genericCity(t, first, last);
            case DISTRICT:
            case PROVINCE:
            case UNIT:
            case OLD_WARD:
            case OTHER:
                return !personName(text, t, first);
            default:
                return true;
        }
    }

    private static boolean genericCity(PlaceTokenizer.Tokens t, int first, int last) {
        if (first > 0) {
            String before = t.folded[first - 1];
            if (GENERIC_BEFORE.contains(before) || Character.isDigit(before.charAt(0))) {
                return true;
            }
        }
        return last + 1 < t.size && GENERIC_AFTER.contains(t.folded[last + 1]);
    }

    /** "anh Tân Bình": a title right before a bare name (not "quận Tân Bình"), not itself after a group word. */
    static boolean personName(String text, PlaceTokenizer.Tokens t, int first) {
        if (first == 0 || HEADS.contains(t.folded[first])) {
            return false;
        }
        int title = first - 1;
        if (!TITLES_FOLDED.contains(t.folded[title]) || !spaceOrDot(text, t.end[title], t.start[first])) {
            return false;
        }
        String word = Normalizer.normalize(text.substring(t.start[title], t.end[title]), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        if (!TITLES.contains(word)) {
            return false;
        }
        return title == 0 || !PLACE_BEFORE_TITLE.contains(t.folded[title - 1]);
    }

    /** The match ends in "thành phố" or "TP", so a name right after it may be the city it means. */
    static boolean endsWithCityWord(PlaceTokenizer.Tokens t, int last) {
        String w = t.folded[last];
        return w.equals("tp") || w.equals("pho") && last > 0 && t.folded[last - 1].equals("thanh");
    }

    /**
     * After "thành phố"/"TP" comes a capitalised word the gazetteer does not know ("thành phố Paris", "TP. Bảo
     * Lộc"). Not applied when the city word is itself written in title case ("Thành Phố Cần Làm Gì"), where
     * every word is capitalised.
     */
    static boolean unknownNameFollows(String text, PlaceTokenizer.Tokens t, int last, boolean hitFollows) {
        int k = last + 1;
        if (k >= t.size || hitFollows) {
            return false;
        }
        if (!spaceOrDot(text, t.end[last], t.start[k]) || !capitalised(text, t.start[k], t.end[k])) {
            return false;
        }
        return !capitalised(text, t.start[last], t.end[last]);
    }

    /** Upper-case first letter, then at least one lower-case letter: "Paris", not "PARIS" nor "paris". */
    private static boolean capitalised(String text, int from, int to) {
        if (!Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean spaceOrDot(String text, int from, int to) {
        int dots = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return dots <= 1 && from < to;
    }
}
