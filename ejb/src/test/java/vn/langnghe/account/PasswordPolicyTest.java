package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.standard();

    private Set<PasswordProblem> check(String username, String password) {
        return policy.check(username, password.toCharArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ngõ hẻm 42 ngập nước", "cau-chuyen-ben-song-7", "Tr4ng-Kh0ng-Gi0", "kXb9mPq2wR7tZ"})
    void acceptsLongPasswordsOfSeveralKinds(String password) {
        assertEquals(Set.of(), check("lan.nguyen", password));
    }

    @Test
    void countsCharactersNotBytesOrUtf16Units() {
        // 11 Vietnamese letters and a digit are 12 characters, whatever their encoding
        assertEquals(Set.of(), check("lan", "đườngphốxyz1"));
        assertEquals(EnumSet.of(PasswordProblem.TOO_SHORT), check("lan", "đườngphốxy1"));
    }

    @Test
    void refusesShortPasswords() {
        assertEquals(EnumSet.of(PasswordProblem.TOO_SHORT), check("lan", "Xk9#mPq2wR7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kxbqmpzwrtfhgv", "KXBQMPZWRTFHGV", "90817263544536", "!@#$%^&*()_+-="})
    void refusesOneKindOfCharacter(String password) {
        assertEquals(EnumSet.of(PasswordProblem.ONE_CHARACTER_CLASS), check("lan", password));
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertEquals(EnumSet.of(PasswordProblem.CONTAINS_USERNAME), check("phantich.q1", "xx-PhanTich.Q1-2025"));
        assertEquals(EnumSet.of(PasswordProblem.CONTAINS_USERNAME), check("lan.nguyen", "lan.nguyen-42-xyz"));
    }

    @Test
    void aVeryShortUsernameIsNotLookedFor() {
        assertEquals(Set.of(), check("an", "ngan-song-7-cau"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"matkhau123456", "Mậtkhẩu@2025!", "MATKHAU1234567", "anhyeuem12345", "password1234",
            "P@ssw0rd12345", "2025!!Vietnam!!", "hochiminh1975", "Sài Gòn 2025!!", "qwerty123456", "1q2w3e4r5t6y",
            "langnghe2025!"})
    void refusesCommonPasswordsWithDigitsSymbolsOrAccentsAround(String password) {
        assertTrue(check("lan", password).contains(PasswordProblem.TOO_COMMON), password);
    }

    @Test
    void aCommonWordInsideALongerPhraseIsFine() {
        // only the whole password, or its letters without what surrounds them, is compared
        assertEquals(Set.of(), check("lan", "matkhau-cua-nha-ben-song-7"));
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertEquals(EnumSet.of(PasswordProblem.TOO_SHORT, PasswordProblem.ONE_CHARACTER_CLASS,
                PasswordProblem.CONTAINS_USERNAME, PasswordProblem.TOO_COMMON), check("admin", "admin"));
    }

    @Test
    void generatedPasswordsAlmostAlwaysPass() {
        // generated passwords are not checked, but they should be at least as good as a chosen one
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            refused += check("admin", PasswordHasher.generate()).isEmpty() ? 0 : 1;
        }
        assertTrue(refused <= 1, refused + " of 200 generated passwords refused");
    }

    @Test
    void theListIsReadWithoutCommentsAndAccents() {
        Set<String> words = PasswordPolicy.readList(new ByteArrayInputStream(
                "# comment\n\n Mật Khẩu \nqwerty\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of("matkhau", "qwerty"), words);
    }

    @Test
    void theBundledListHasAFewHundredEntries() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream("/vn/langnghe/account/common-passwords.txt")) {
            int size = PasswordPolicy.readList(in).size();
            assertTrue(size >= 300, "entries: " + size);
        }
    }

    @Test
    void everyProblemHasAMessageKey() {
        for (PasswordProblem p : PasswordProblem.values()) {
            assertTrue(p.messageKey().startsWith("password."), p.name());
        }
    }
}
