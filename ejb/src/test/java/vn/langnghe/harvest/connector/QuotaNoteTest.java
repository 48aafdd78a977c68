package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotaNoteTest {
    @Test
    void warnsAtATenthLeftWithTheResetTime() {
        assertEquals("X quota nearly used up: 45 of 450 requests left in this window (resets 2025-07-15 03:10 UTC)",
                QuotaNote.requestsLeft("X", Optional.of("45"), Optional.of("450"), Instant.parse("2025-07-15T03:10:00Z")));
        assertNull(QuotaNote.requestsLeft("X", Optional.of("46"), Optional.of("450"), null), "more than a tenth left");
        assertEquals("Reddit quota nearly used up: 0 of 100 requests left in this window",
                QuotaNote.requestsLeft("Reddit", 0.0, 100.0, null));
    }

    @Test
    void missingOrUnreadableHeadersGiveNoNoteRatherThanAFailedPage() {
        assertNull(QuotaNote.requestsLeft("X", Optional.empty(), Optional.of("450"), null));
        assertNull(QuotaNote.requestsLeft("X", Optional.of("few"), Optional.of("450"), null));
        assertNull(QuotaNote.requestsLeft("X", Optional.of("3"), Optional.of("NaN"), null));
        assertNull(QuotaNote.requestsLeft("X", Optional.of("0"), Optional.of("0"), null), "no window at all");
    }

    @Test
    void usageBudgetsWarnFromEightyPerCent() {
        assertNull(QuotaNote.percentUsed("Facebook", "X-App-Usage call_count", 79));
        assertEquals("Facebook quota nearly used up: X-App-Usage call_count at 80 %",
                QuotaNote.percentUsed("Facebook", "X-App-Usage call_count", 80));
    }
}
