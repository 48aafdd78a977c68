package vn.langnghe.harvest;

/**
 * Characters that must not appear in a name an admin gives (a source's, later a unit's or an
 * account's): control characters (NUL, BEL, line breaks...), which break logs, CSV exports and
 * terminals, and the bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069), which make a name display as something other than what it is ("Trojan Source").
 * Lone surrogates, which a JSON escape can smuggle into a string, are refused too.
 */
public final class UnsafeCharacters {

    private UnsafeCharacters() {
    }

    /** The first unsafe character of {@code text} as {@code U+XXXX}, or null when there is none. */
    public static String first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (Character.isISOControl(c) || isDirectionControl(c) || lone) {
                return String.format("U+%04X", (int) c);
            }
        }
        return null;
    }

    private static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
