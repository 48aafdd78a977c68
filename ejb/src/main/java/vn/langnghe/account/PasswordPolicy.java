package vn.langnghe.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a password a person chooses must be: at least {@value #MIN_LENGTH} characters, of at least two
 * kinds (lower case, upper case, digits, anything else), without the username, and not a common
 * password. Length does most of the work, so a long phrase of lower-case words and one digit passes;
 * the common list catches the obvious ones even when digits or symbols are added around them or the
 * Vietnamese accents are dropped or added ({@code Mậtkhẩu@2025} is {@code matkhau}).
 * Generated passwords ({@link PasswordHasher#generate()}) are not checked: they are random.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    private static final String COMMON_LIST = "/vn/langnghe/account/common-passwords.txt";
    private static final Pattern NOT_LETTERS_AT_ENDS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Below this a username is too short to look for (a one-letter name is in every password). */
    private static final int MIN_USERNAME_TO_CHECK = 3;

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    /** Everything wrong with the password; empty when it is acceptable. */
    public Set<PasswordProblem> check(String username, char[] password) {
        String p = new String(password);
        Set<PasswordProblem> problems = EnumSet.noneOf(PasswordProblem.class);
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (characterClasses(p) < 2) {
            problems.add(PasswordProblem.ONE_CHARACTER_CLASS);
        }
        if (username != null && username.strip().length() >= MIN_USERNAME_TO_CHECK
                && p.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.CONTAINS_USERNAME);
        }
        if (isCommon(p)) {
            problems.add(PasswordProblem.TOO_COMMON);
        }
        return problems;
    }

    private boolean isCommon(String password) {
        String plain = plain(password);
        String core = NOT_LETTERS_AT_ENDS.matcher(plain).replaceAll("");
        return common.contains(plain) || !core.isEmpty() && common.contains(core);
    }

    /** Lower case, without accents (đ becomes d), without spaces: how people vary a common password. */
    static String plain(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace(" ", "");
    }

    private static int characterClasses(String p) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < p.length(); ) {
            int c = p.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    static Set<String> readList(InputStream in) {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(plain(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** Read once, on first use. */
    private static final class Holder {
        static final PasswordPolicy STANDARD;

        static {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST);
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the ejb jar");
            }
            STANDARD = new PasswordPolicy(readList(in));
        }
    }
}
