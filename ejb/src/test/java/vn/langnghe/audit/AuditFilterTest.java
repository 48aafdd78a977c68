package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditFilterTest {
    @Test
    void noFilterIsNoCondition() {
        List<Object> params = new ArrayList<>();
        assertEquals("", AuditFilter.none().where(params));
        assertEquals(List.of(), params);
        assertEquals("no filter", AuditFilter.none().describe());
    }

    @Test
    void everyFilterIsAPlaceholderAndDaysAreCityDays() {
        List<Object> params = new ArrayList<>();
        AuditFilter f = new AuditFilter(" lan ", "q1", "export", Outcome.DENIED, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        assertEquals(" WHERE actor = ? AND unit_code = ? AND action = ? AND outcome = ? AND occurred_at >= ? AND occurred_at < ?",
                f.where(params));
        assertEquals(List.of("lan", "q1", "export", "denied", OffsetDateTime.parse("2026-11-30T17:00Z"),
                OffsetDateTime.parse("2026-12-02T17:00Z")), params);
        assertEquals("account=lan unit=q1 action=export outcome=denied from=2026-12-01 to=2026-12-02", f.describe());
    }

    @Test
    void anActionEndingWithADotOrStarIsAPrefixWithLikeCharactersEscaped() {
        List<Object> params = new ArrayList<>();
        assertEquals(" WHERE action LIKE ? ESCAPE '\\'", AuditFilter.none().withAction("account.").where(params));
        assertEquals(List.of("account.%"), params);
        params.clear();
        AuditFilter.none().withAction("a_%b*").where(params);
        assertEquals(List.of("a\\_\\%b%"), params);
        params.clear();
        AuditFilter.none().withAction("login").where(params);
        assertEquals(List.of("login"), params);
    }

    @Test
    void blanksDoNotFilterAndABackwardPeriodIsRefused() {
        assertEquals("", new AuditFilter(" ", "", null, null, null, null).where(new ArrayList<>()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AuditFilter.none().withPeriod(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
        assertEquals("the end of the period is before its start", e.getMessage());
    }
}
