package vn.langnghe.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.Credentials;

class SecretBoxTest {
    private final SecretBox box = new SecretBox(SecretBox.newKey());

    @Test
    void sealsAndOpensWithoutShowingTheSecret() {
        Map<String, String> secrets = Map.of("apiKey", "AIzaSyD-bí-mật", "pageAccessToken", "EAAB123");
        String sealed = box.seal(secrets);
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("AIza"));
        assertEquals(secrets, box.open(sealed));
        // a fresh IV each time: the same secrets never look the same twice
        assertNotEquals(sealed, box.seal(secrets));
    }

    @Test
    void nothingToSealIsStoredAsNothing() {
        assertNull(box.seal(Map.of()));
        assertEquals(Map.of(), box.open(null));
    }

    @Test
    void aTamperedValueOrAnotherKeyFailsToOpen() {
        String sealed = box.seal(Map.of("bearerToken", "AAAA"));
        char[] c = sealed.toCharArray();
        c[10] = c[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalArgumentException.class, () -> box.open(new String(c)));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(SecretBox.newKey()).open(sealed));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]));
    }

    @Test
    void credentialsNeverPrintTheirValues() {
        Credentials c = new Credentials(Map.of("accessToken", "tok-secret"));
        assertFalse(c.toString().contains("tok-secret"), c.toString());
        assertTrue(c.toString().contains("accessToken"));
    }
}
