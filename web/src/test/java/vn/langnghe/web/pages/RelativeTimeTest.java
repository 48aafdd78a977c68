package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {
    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final ResourceBundle VI = ResourceBundle.getBundle("vn.langnghe.web.messages", Locale.forLanguageTag("vi"));
    private static final ResourceBundle EN = ResourceBundle.getBundle("vn.langnghe.web.messages", Locale.ENGLISH);

    @Test
    void absoluteTimesAreTheCitysClock() {
        assertEquals("07/12/2026 13:00", RelativeTime.absolute(NOW));
        assertEquals("01/12/2026 00:30", RelativeTime.absolute(Instant.parse("2026-11-30T17:30:00Z")), "the next city day");
        assertEquals("", RelativeTime.absolute(null));
    }

    @Test
    void howLongAgoInWords() {
        assertEquals("vừa xong", RelativeTime.ago(NOW.minusSeconds(59), NOW, VI));
        assertEquals("vừa xong", RelativeTime.ago(NOW.plusSeconds(600), NOW, VI), "a platform clock ahead of ours");
        assertEquals("5 phút trước", RelativeTime.ago(NOW.minusSeconds(5 * 60 + 30), NOW, VI));
        assertEquals("59 minutes ago", RelativeTime.ago(NOW.minusSeconds(59 * 60), NOW, EN));
        assertEquals("1 giờ trước", RelativeTime.ago(NOW.minusSeconds(3600), NOW, VI));
        assertEquals("23 hours ago", RelativeTime.ago(NOW.minusSeconds(24 * 3600 - 1), NOW, EN));
        assertEquals("1.200 ngày trước", RelativeTime.ago(NOW.minusSeconds(1200L * 86400), NOW, VI), "numbers as the language writes them");
        assertEquals("", RelativeTime.ago(null, NOW, VI));
    }
}
