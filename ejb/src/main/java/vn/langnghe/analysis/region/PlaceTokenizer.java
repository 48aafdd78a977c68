package vn.langnghe.analysis.region;

import java.text.Normalizer;

/**
 * Tokenisation for place matching, with its own folding (lower case, no diacritics, đ → d, separators
 * and combining marks recognised in one table look-up) and offsets into the original text; plain
 * folding for the rest of the analyzer is {@link vn.langnghe.analysis.text.Folding}. A token is a maximal run of letters, or of digits (a letter/digit
 * boundary also splits, so "Q10" is "q" "10" and "P.12" is "p" "12"). Folded tokens are lower case, without
 * diacritics, with đ → d; digit tokens lose leading zeros.
 */
final class PlaceTokenizer {
    private static final char SEP = 0;
    private static final char MARK = 1;
    private static final int TABLE = 0x2000;
    private static final char[] FOLD = new char[TABLE];

    static {
        for (int c = 0; c < TABLE; c++) {
            FOLD[c] = foldSlow((char) c);
        }
    }

    private PlaceTokenizer() {
    }

    private static char foldSlow(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return MARK;
        }
        if (!Character.isLetterOrDigit(c)) {
            return SEP;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char b = d.charAt(0);
        return Character.toLowerCase(b);
    }

    static char fold(char c) {
        if (c < TABLE) {
            return FOLD[c];
        }
        if (Character.isLetterOrDigit(c)) {
            return Character.toLowerCase(c);
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK ? MARK : SEP;
    }

    /** Tokens of a text: folded strings and their offsets in the original. */
    static final class Tokens {
        int size;
        String[] folded = new String[32];
        int[] start = new int[32];
        int[] end = new int[32];

        void add(String f, int s, int e) {
            if (size == folded.length) {
                folded = java.util.Arrays.copyOf(folded, size * 2);
                start = java.util.Arrays.copyOf(start, size * 2);
                end = java.util.Arrays.copyOf(end, size * 2);
            }
            folded[size] = f;
            start[size] = s;
            end[size] = e;
            size++;
        }
    }

    static Tokens tokenize(String text) {
        Tokens out = new Tokens();
        int n = text.length();
        char[] buf = new char[Math.max(16, n)];
        int len = 0;
        int tokStart = -1;
        int tokEnd = -1;
        boolean digits = false;
        for (int i = 0; i < n; i++) {
            char f = fold(text.charAt(i));
            if (f == MARK) {
                if (tokStart >= 0) {
                    tokEnd = i + 1;
                }
                continue;
            }
            if (f == SEP) {
                if (tokStart >= 0) {
                    emit(out, buf, len, digits, tokStart, tokEnd);
                    tokStart = -1;
                    len = 0;
                }
                continue;
            }
            boolean isDigit = f >= '0' && f <= '9';
            if (tokStart >= 0 && isDigit != digits) {
                emit(out, buf, len, digits, tokStart, tokEnd);
                tokStart = -1;
                len = 0;
            }
            if (tokStart < 0) {
                tokStart = i;
                digits = isDigit;
            }
            buf[len++] = f;
            tokEnd = i + 1;
        }
        if (tokStart >= 0) {
            emit(out, buf, len, digits, tokStart, tokEnd);
        }
        return out;
    }

    private static void emit(Tokens out, char[] buf, int len, boolean digits, int s, int e) {
        int from = 0;
        if (digits) {
            while (from < len - 1 && buf[from] == '0') {
                from++;
            }
        }
        out.add(new String(buf, from, len - from), s, e);
    }

    /** Folded form of a whole phrase: tokens joined by one space. */
    static String foldPhrase(String s) {
        Tokens t = tokenize(s);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(t.folded[i]);
        }
        return b.toString();
    }

    /**
     * Lower-case form with diacritics kept (NFC, old-style tone placement "hoà" normalised to "hòa"), tokens
     * joined by one space. Used to prefer the exact-accent reading when folded aliases collide.
     */
    static String accentedPhrase(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(nfc.length());
        boolean sep = true;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (sep && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                sep = false;
            } else {
                sep = true;
            }
        }
        String r = b.toString();
        for (int i = 0; i < OLD_TONES.length; i += 2) {
            if (r.indexOf(OLD_TONES[i]) >= 0) {
                r = r.replace(OLD_TONES[i], OLD_TONES[i + 1]);
            }
        }
        return r;
    }

    private static final String[] OLD_TONES = {
        "oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
        "oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
        "uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
    };

    /** True when the text has any letter with a diacritic (or đ). */
    static boolean hasDiacritics(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > 0x7f && Character.isLetter(c) && fold(c) != Character.toLowerCase(c)) {
                return true;
            }
            if (c >= 0x300 && c <= 0x36f) {
                return true;
            }
        }
        return false;
    }
}
