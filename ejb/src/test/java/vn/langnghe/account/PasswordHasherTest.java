package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void acceptsTheRightPasswordOnly() {
        String stored = PasswordHasher.hash("Mật khẩu 123".toCharArray());
        assertTrue(PasswordHasher.matches("Mật khẩu 123".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("Mat khau 123".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("".toCharArray(), stored));
    }

    @Test
    void saltsEveryHashAndRecordsTheIterations() {
        String a = PasswordHasher.hash("secret".toCharArray());
        String b = PasswordHasher.hash("secret".toCharArray());
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), a);
    }

    @Test
    void rejectsMalformedStoredValues() {
        assertFalse(PasswordHasher.matches("x".toCharArray(), null));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "plain"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "pbkdf2-sha256$many$a$b"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$a$b"));
    }

    @Test
    void generatedPasswordsAreLongAndUnambiguous() {
        String p = PasswordHasher.generate();
        assertEquals(16, p.length());
        assertTrue(p.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), p);
        assertNotEquals(p, PasswordHasher.generate());
    }
}
