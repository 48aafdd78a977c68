package vn.langnghe.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token's form, the prefix that finds its row, the stored hash and the comparison. */
class ApiTokensTest {
    @Test
    void aNewTokenHasItsFormAndItsPrefixIsItsPublicPart() {
        String t = ApiTokens.generate();
        assertTrue(t.matches("ln_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"), t);
        assertEquals(Optional.of(t.substring(3, 15)), ApiTokens.prefix(t));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = ApiTokens.generate();
            assertTrue(seen.add(t));
            prefixes.add(ApiTokens.prefix(t).orElseThrow());
        }
        assertEquals(1000, prefixes.size(), "36^12 prefixes: a collision in 1000 would mean a broken generator");
    }

    @Test
    void anythingButTheFormHasNoPrefix() {
        String good = ApiTokens.generate();
        for (String bad : new String[] {null, "", "ln_", "ln_abc_def", good + "x", good.substring(0, good.length() - 1),
                "LN_" + good.substring(3), good.replace("ln_", "xx_"), " " + good, good + "\n",
                "ln_ABCDEFGHIJKL_" + good.substring(16), "ln_abcdefghijk!_" + good.substring(16),
                good.substring(0, 20) + "+" + good.substring(21), good.substring(0, 20) + "=" + good.substring(21),
                "ln_" + "a".repeat(200), "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"}) {
            assertEquals(Optional.empty(), ApiTokens.prefix(bad), String.valueOf(bad));
        }
    }

    @Test
    void theHashIsTheSha256OfTheWholeTokenInHex() {
        // echo -n ln_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | sha256sum
        String t = "ln_abcdefghijkl_" + "A".repeat(43);
        String h = ApiTokens.hash(t);
        assertEquals("ce6e2b3128524ad4d909d87a659a2ad2f4930e4d8aa08c30f5ff6d900f172bb0", h);
        assertEquals(h, ApiTokens.hash(t), "stable");
        assertNotEquals(h, ApiTokens.hash("ln_abcdefghijkl_" + "A".repeat(42) + "B"));
        assertFalse(h.contains("AAAA"), "nothing of the secret in the hash");
    }

    @Test
    void matchesOnlyTheRightToken() {
        String t = ApiTokens.generate();
        String stored = ApiTokens.hash(t);
        assertTrue(ApiTokens.matches(t, stored));
        assertFalse(ApiTokens.matches(ApiTokens.generate(), stored));
        assertFalse(ApiTokens.matches(t, null));
        assertFalse(ApiTokens.matches(t, ""));
        assertFalse(ApiTokens.matches(t, stored.substring(1)));
        assertFalse(ApiTokens.matches(t, stored.toUpperCase(java.util.Locale.ROOT)));
    }
}
