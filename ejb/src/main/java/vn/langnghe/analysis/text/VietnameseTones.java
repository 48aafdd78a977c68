package vn.langnghe.analysis.text;

import java.text.Normalizer;

/**
 * Tone-mark placement on one Vietnamese syllable. The rule works on the syllable's structure
 * (onset, vowel nucleus, coda), not on a word list:
 * <ol>
 *   <li>a vowel with a quality mark (ă â ê ô ơ ư) takes the tone; with two of them (ươ) the second;</li>
 *   <li>otherwise, with a final consonant (c ch m n ng nh p t), the last vowel of the nucleus ("hoàng", "toán");</li>
 *   <li>otherwise (open syllable): one vowel → it; two vowels → the first ("hòa", "khỏe", "thúy", "mùa", "kìa");
 *       three vowels → the middle one ("ngoài", "khuỷu").</li>
 * </ol>
 * "qu" and "gi" before a vowel belong to the onset ("quý", "giá"). A token that does not parse as a
 * syllable (foreign words, letters f j w z, more than one tone mark) is returned unchanged.
 */
public final class VietnameseTones {
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String ALL_VOWELS = VOWELS + VOWELS.toUpperCase(java.util.Locale.ROOT);
    private static final String MARKS = "\u0300\u0301\u0309\u0303\u0323";
    private static final int LIMIT = 0x1F00;
    /** tone 1..5 of a composed vowel, 0 = none / not a vowel. */
    private static final byte[] TONE = new byte[LIMIT];
    /** the vowel without its tone (quality mark kept), or 0. */
    private static final char[] BASE = new char[LIMIT];
    /** [vowel index (0..23: lower then upper)][tone 0..5] → composed char. */
    private static final char[][] COMPOSE = new char[VOWELS.length() * 2][6];

    static {
        String all = ALL_VOWELS;
        for (int v = 0; v < all.length(); v++) {
            char base = all.charAt(v);
            for (int t = 0; t <= 5; t++) {
                String s = t == 0 ? String.valueOf(base) : Normalizer.normalize(base + MARKS.substring(t - 1, t), Normalizer.Form.NFC);
                if (s.length() != 1) throw new IllegalStateException("cannot compose " + base + " tone " + t);
                char c = s.charAt(0);
                COMPOSE[v][t] = c;
                TONE[c] = (byte) t;
                BASE[c] = base;
            }
        }
    }

    private VietnameseTones() {}

    /** Tone 1..5 (huyền, sắc, hỏi, ngã, nặng) of a char, or 0. */
    public static int toneOf(char c) {
        return c < LIMIT ? TONE[c] : 0;
    }

    static boolean isVowel(char lower) {
        return VOWELS.indexOf(lower) >= 0;
    }

    private static char withTone(char c, int tone) {
        char base = c < LIMIT && BASE[c] != 0 ? BASE[c] : c;
        int i = ALL_VOWELS.indexOf(base);
        return i < 0 ? c : COMPOSE[i][tone];
    }

    /** The syllable with its tone mark on the vowel the rule above chooses (NFC input). */
    public static String placeTone(String syllable) {
        int n = syllable.length();
        if (n < 2 || n > 8) return syllable;
        int toneAt = -1, tone = 0;
        for (int i = 0; i < n; i++) {
            char c = syllable.charAt(i);
            int t = toneOf(c);
            if (t != 0) {
                if (toneAt >= 0) return syllable; // two tone marks: not a syllable
                toneAt = i;
                tone = t;
            }
        }
        if (toneAt < 0) return syllable;
        // lower-case, toneless form to analyse
        char[] b = new char[n];
        for (int i = 0; i < n; i++) {
            char c = syllable.charAt(i);
            char base = c < LIMIT && BASE[c] != 0 ? BASE[c] : c;
            b[i] = Character.toLowerCase(base);
        }
        String lb = new String(b);
        int onset = onsetLength(lb);
        if (onset < 0) return syllable;
        int vs = onset, ve = onset;
        while (ve < n && isVowel(lb.charAt(ve))) ve++;
        int vlen = ve - vs;
        if (vlen == 0 || vlen > 3) return syllable;
        String coda = lb.substring(ve);
        if (!isCoda(coda)) return syllable;
        int p = -1;
        for (int i = vs; i < ve; i++) if ("ăâêôơư".indexOf(lb.charAt(i)) >= 0) p = i;
        if (p < 0) {
            if (!coda.isEmpty()) p = ve - 1;
            else if (vlen == 3) p = vs + 1;
            else p = vs;
        }
        if (p == toneAt) return syllable;
        char[] out = syllable.toCharArray();
        out[toneAt] = withTone(out[toneAt], 0);
        out[p] = withTone(out[p], tone);
        return new String(out);
    }

    private static final String[] ONSETS = {"ngh", "ng", "nh", "ch", "kh", "ph", "th", "tr", "gh"};

    /** Length of the onset, or -1 when the token cannot be a Vietnamese syllable. */
    private static int onsetLength(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' && c != 'đ' || "fjwz".indexOf(c) >= 0 || !Character.isLetter(c)) return -1;
        }
        if (s.startsWith("qu")) return s.length() > 2 && isVowel(s.charAt(2)) ? 2 : -1;
        if (s.startsWith("gi")) return s.length() > 2 && isVowel(s.charAt(2)) ? 2 : 1;
        for (String o : ONSETS) if (s.startsWith(o)) return o.length();
        char c = s.charAt(0);
        if ("bcdđghklmnprstvx".indexOf(c) >= 0) return 1;
        return isVowel(c) ? 0 : -1;
    }

    private static boolean isCoda(String c) {
        switch (c) {
            case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
                return true;
            default:
                return false;
        }
    }
}
