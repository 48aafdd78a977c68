package vn.langnghe.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordChangeFilterTest {
    @ParameterizedTest
    @ValueSource(strings = {"/password.xhtml", "/login.xhtml", "/jakarta.faces.resource/theme.css.xhtml",
            "/jakarta.faces.resource/core.js.xhtml"})
    void thePasswordPageAndWhatItNeedsOpenBeforeTheChange(String path) {
        assertTrue(PasswordChangeFilter.mayOpenBeforeChange(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard.xhtml", "/sources.xhtml", "/", "/password.xhtml.bak.xhtml",
            "/x/password.xhtml", "/jakarta.faces.resourceX/a.xhtml"})
    void everyOtherPageWaits(String path) {
        assertFalse(PasswordChangeFilter.mayOpenBeforeChange(path), path);
    }
}
