package vn.langnghe.analysis.text;

import java.text.Normalizer;

/**
 * Diacritic folding: removes tone and vowel-quality marks (ắ → a, ơ → o, ư → u) and maps đ → d.
 * Table-driven for the Latin ranges (one array look-up per char); other chars are kept.
 */
public final class Folding {
    private static final int LIMIT = 0x1F00;
    private static final char[] FOLD = new char[LIMIT];

    static {
        for (int c = 0; c < LIMIT; c++) {
            FOLD[c] = (char) c;
            if (c < 0xC0 || Character.isSurrogate((char) c)) continue;
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            if (d.length() > 1 && d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0))) {
                boolean marks = true;
                for (int i = 1; i < d.length(); i++) {
                    if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) { marks = false; break; }
                }
                if (marks) FOLD[c] = d.charAt(0);
            }
        }
        FOLD['đ'] = 'd';
        FOLD['Đ'] = 'D';
    }

    private Folding() {}

    public static char fold(char c) {
        return c < LIMIT ? FOLD[c] : c;
    }

    /** Folds a string that is already NFC (combining marks left over are dropped). */
    public static String fold(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fold(c);
            boolean mark = c >= 0x300 && c <= 0x36F;
            if (f != c || mark) {
                if (b == null) { b = new StringBuilder(s.length()); b.append(s, 0, i); }
                if (!mark) b.append(f);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** NFC only when needed (the quick check is cheap for text that is already composed). */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
