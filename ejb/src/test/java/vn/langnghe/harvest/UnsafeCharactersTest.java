package vn.langnghe.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UnsafeCharactersTest {

    @Test
    void controlAndDirectionCharactersAreFound() {
        assertEquals("U+0000", UnsafeCharacters.first("Báo\u0000 Tuổi Trẻ"));
        assertEquals("U+0007", UnsafeCharacters.first("bell\u0007"));
        assertEquals("U+000A", UnsafeCharacters.first("two\nlines"));
        assertEquals("U+007F", UnsafeCharacters.first("del\u007F"));
        assertEquals("U+0085", UnsafeCharacters.first("next\u0085line"));
        assertEquals("U+202E", UnsafeCharacters.first("invoice\u202Efdp.exe"));
        assertEquals("U+202A", UnsafeCharacters.first("\u202Aembedded"));
        assertEquals("U+2066", UnsafeCharacters.first("isolate\u2066x\u2069"));
    }

    @Test
    void loneSurrogatesAreFoundButPairsAreNot() {
        assertEquals("U+D800", UnsafeCharacters.first("half \uD800 a pair"));
        assertEquals("U+DC00", UnsafeCharacters.first("\uDC00 first"));
        assertEquals("U+D83D", UnsafeCharacters.first("ends in half \uD83D"));
        assertNull(UnsafeCharacters.first("a whole pair 🚗 is fine"));
    }

    @Test
    void ordinaryNamesInAnyScriptAreFine() {
        for (String name : new String[] {"Báo Thanh Niên — thời sự", "Sở Giao thông Vận tải (TP.HCM)",
                "عربي", "שלום", "日本語", "Tab-free name with ‎LRM mark"}) {
            assertNull(UnsafeCharacters.first(name), name);
        }
    }
}
