package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PostPageTest {
    @Test
    void onlyAnalystsAndAdminsCorrect() {
        assertTrue(PostPage.mayCorrect(Set.of("analyst")::contains));
        assertTrue(PostPage.mayCorrect(Set.of("admin")::contains));
        assertTrue(PostPage.mayCorrect(Set.of("viewer", "analyst")::contains));
        assertFalse(PostPage.mayCorrect(Set.of("viewer")::contains));
        assertFalse(PostPage.mayCorrect(Set.of("api_client")::contains));
        assertFalse(PostPage.mayCorrect(Set.<String>of()::contains));
    }

    @Test
    void theOriginalIsLinkedOnlyWhenItIsAWebAddress() {
        assertEquals("https://www.facebook.com/1", PostPage.safeUrl(" https://www.facebook.com/1 "));
        assertEquals("HTTP://example.vn/a?b=1", PostPage.safeUrl("HTTP://example.vn/a?b=1"));
        assertNull(PostPage.safeUrl("javascript:alert(1)"));
        assertNull(PostPage.safeUrl("JaVaScRiPt:alert(1)"));
        assertNull(PostPage.safeUrl("data:text/html,<script>alert(1)</script>"));
        assertNull(PostPage.safeUrl("//evil.example/x"));
        assertNull(PostPage.safeUrl("https://a.vn/x y"));
        assertNull(PostPage.safeUrl(null));
    }
}
