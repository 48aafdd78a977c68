package vn.langnghe.tools.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers for the demo: diacritic stripping and the informal spellings of Vietnamese social media. */
final class DemoText {
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

    /** Common words and their teencode / chat spellings; the first variant is the standard word. */
    private static final List<String[]> TEENCODE = List.of(
            new String[] {"mọi người", "mn", "mng", "mn"},
            new String[] {"không", "ko", "k", "hok", "hông", "ko"},
            new String[] {"được", "dc", "đc", "đc"},
            new String[] {"gì", "j"},
            new String[] {"như thế nào", "ntn"},
            new String[] {"với", "vs", "vs"},
            new String[] {"vậy", "v", "z", "zậy"},
            new String[] {"rồi", "r", "rùi"},
            new String[] {"biết", "bít", "bik"},
            new String[] {"quá", "wá", "qá"},
            new String[] {"thôi", "thui"},
            new String[] {"luôn", "lun"},
            new String[] {"anh em", "ae"},
            new String[] {"cũng", "cg"},
            new String[] {"trời ơi", "trời ơiii"},
            new String[] {"yêu", "iu"},
            new String[] {"chưa", "chx"});

    private DemoText() {
    }

    static String stripDiacritics(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        return Normalizer.normalize(d.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFC);
    }

    /** True when the text holds Vietnamese diacritics (combining marks after decomposition, or đ). */
    static boolean hasDiacritics(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(d).find() || d.indexOf('đ') >= 0 || d.indexOf('Đ') >= 0;
    }

    /** Lower case without diacritics, for loose matching. */
    static String fold(String s) {
        return stripDiacritics(s).toLowerCase(Locale.ROOT);
    }

    /** Replaces some standard words with chat spellings (ko, dc, j, mn, vs...). */
    static String teencode(String s, Random rnd) {
        String out = s;
        for (String[] entry : TEENCODE) {
            Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(entry[0]) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Matcher m = p.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String rep = rnd.nextDouble() < 0.75 ? entry[1 + rnd.nextInt(entry.length - 1)] : m.group();
                m.appendReplacement(sb, Matcher.quoteReplacement(rep));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /** Short ASCII slug for urls. */
    static String slug(String s, int maxWords) {
        String[] words = fold(s).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(maxWords, words.length); i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(words[i]);
        }
        return sb.length() == 0 ? "bai-viet" : sb.toString();
    }
}
