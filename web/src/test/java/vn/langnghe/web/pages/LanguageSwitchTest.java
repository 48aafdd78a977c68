package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSwitchTest {
    @Test
    void vietnameseUnlessTheBrowserPrefersEnglish() {
        assertEquals(LanguageSwitch.VIETNAMESE, LanguageSwitch.fromBrowser(null));
        assertEquals(LanguageSwitch.VIETNAMESE, LanguageSwitch.fromBrowser(""));
        assertEquals(LanguageSwitch.VIETNAMESE, LanguageSwitch.fromBrowser("vi-VN,vi;q=0.9,en;q=0.8"));
        assertEquals(LanguageSwitch.VIETNAMESE, LanguageSwitch.fromBrowser("fr-FR,vi;q=0.5,en;q=0.4"));
        assertEquals(Locale.ENGLISH, LanguageSwitch.fromBrowser("en-US,en;q=0.9,vi;q=0.5"));
        assertEquals(Locale.ENGLISH, LanguageSwitch.fromBrowser("de,en;q=0.5"));
        assertEquals(LanguageSwitch.VIETNAMESE, LanguageSwitch.fromBrowser("de"));
        assertEquals(LanguageSwitch.VIETNAMESE, LanguageSwitch.fromBrowser(";;;=="));
    }
}
