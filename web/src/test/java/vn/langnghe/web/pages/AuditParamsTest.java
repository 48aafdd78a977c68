package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.audit.AuditFilter;
import vn.langnghe.audit.Outcome;

/** The audit page's URL parameters: what they filter, which are refused, and the link they make. */
class AuditParamsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static AuditParams params(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return AuditParams.of(m);
    }

    @Test
    void withoutDatesTheLastSevenDaysUpToToday() {
        AuditFilter f = params().filter(TODAY);
        assertEquals(LocalDate.of(2026, 12, 1), f.from());
        assertEquals(TODAY, f.to());
        assertNull(f.account());
        assertEquals(List.of(), params().problems());
    }

    @Test
    void everyParameterFilters() {
        AuditFilter f = params("account", "lan", "unit", "q1", "action", "account.", "outcome", "denied",
                "from", "2026-11-01", "to", "2026-11-30").filter(TODAY);
        assertEquals(new AuditFilter("lan", "q1", "account.", Outcome.DENIED, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)), f);
    }

    @Test
    void badValuesAreNamedAndLeftOutTheRestHolds() {
        AuditParams p = params("account", "lan", "from", "31/12/2026", "to", "tomorrow", "outcome", "maybe");
        assertEquals(List.of("audit.error.from", "audit.error.to", "audit.error.outcome"), p.problems());
        AuditFilter f = p.filter(TODAY);
        assertEquals("lan", f.account());
        assertNull(f.outcome());
        assertEquals(TODAY, f.to());
        assertEquals(TODAY.minusDays(6), f.from());
    }

    @Test
    void aBackwardPeriodIsNamedAndBecomesTheWeekBeforeItsEnd() {
        AuditParams p = params("from", "2026-12-05", "to", "2026-12-01");
        assertEquals(List.of("audit.error.period"), p.problems());
        AuditFilter f = p.filter(TODAY);
        assertEquals(LocalDate.of(2026, 12, 1), f.to());
        assertEquals(LocalDate.of(2026, 11, 25), f.from());
    }

    @Test
    void theLinkCarriesTheNonEmptyValuesEncoded() {
        assertEquals("account=ng%C6%B0%E1%BB%9Di+d%C3%B9ng&action=account.&from=2026-12-01",
                params("account", " người dùng ", "unit", " ", "action", "account.", "from", "2026-12-01").query());
        assertEquals("account=%3Cscript%3E%26x%3D1", params("account", "<script>&x=1").query());
        assertEquals("", params().query());
    }
}
