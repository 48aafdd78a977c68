package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSwitchTest {
    @Test
    void aNewSessionIsVietnameseWhateverTheBrowserPrefers() {
        // the browser's Accept-Language is not even read: nothing but the user's own choice changes it
        LanguageSwitch fresh = new LanguageSwitch();
        assertEquals(LanguageSwitch.VIETNAMESE, fresh.getLocale());
        assertEquals("vi", fresh.getLanguage());
    }
}
