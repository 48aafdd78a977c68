package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on crafted histories, at and around its thresholds (defaults: 5×, 1,000 rows, 20 exports, 06–22, 5/10 in 15 min). */
class UnusualActivityTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    private final UnusualThresholds t = UnusualThresholds.defaults();
    private final UnusualActivity rules = new UnusualActivity(t);
    private long ids;

    // ---- exports ----

    private static List<AuditUsage.Day> history(String account, int days, long exportsPerDay, long rowsPerDay) {
        List<AuditUsage.Day> out = new ArrayList<>();
        for (int i = 1; i <= days; i++) {
            out.add(new AuditUsage.Day(account, DAY.minusDays(i), 0, exportsPerDay, rowsPerDay));
        }
        return out;
    }

    private List<UnusualFlag> exports(List<AuditUsage.Day> history, long exports, long rows) {
        List<AuditUsage.Day> all = new ArrayList<>(history);
        all.add(new AuditUsage.Day("lan", DAY, 0, exports, rows));
        return rules.exportVolume(all, DAY, DAY);
    }

    @Test
    void anAccountThatNeverExportsIsFlaggedOnlyAboveTheFloor() {
        assertEquals(0, exports(List.of(), 1, 1000).size(), "1,000 rows is the floor, not above it");
        List<UnusualFlag> flags = exports(List.of(), 1, 1001);
        assertEquals(1, flags.size());
        UnusualFlag f = flags.get(0);
        assertEquals(UnusualFlag.Kind.EXPORT_VOLUME, f.kind());
        assertEquals("lan", f.subject());
        assertTrue(f.reason().contains("lan exported 1,001 rows in 1 export on 05/12/2026"), f.reason());
        assertTrue(f.reason().contains("median day of the previous 30 was 0 rows in 0 exports"), f.reason());
    }

    @Test
    void aDayIsComparedWithFiveTimesTheAccountsOwnMedian() {
        List<AuditUsage.Day> daily2000 = history("lan", 30, 1, 2000);
        assertEquals(0, exports(daily2000, 1, 10_000).size(), "exactly 5 × the median is not above it");
        assertEquals(1, exports(daily2000, 1, 10_001).size());
        assertEquals(0, exports(daily2000, 3, 9_000).size(), "three exports on a day are usual enough");
    }

    @Test
    void theMedianIgnoresAFewBigDaysAndCountsQuietDaysAsZero() {
        List<AuditUsage.Day> h = new ArrayList<>(history("lan", 16, 1, 100)); // 16 of 30 days at 100 rows
        h.add(new AuditUsage.Day("lan", DAY.minusDays(17), 0, 1, 1_000_000)); // one huge day does not move the median
        assertEquals(0, exports(h, 1, 500).size());
        assertEquals(1, exports(h, 1, 1_500).size(), "above 5 × 100 and above the floor");
        // 14 days with exports and 16 without: the median is 0, so anything above the floor is unusual
        assertEquals(1, exports(history("lan", 14, 1, 100_000), 1, 1_001).size());
    }

    @Test
    void daysOlderThanTheHistoryDoNotCount() {
        List<AuditUsage.Day> h = new ArrayList<>();
        for (int i = 31; i <= 60; i++) {
            h.add(new AuditUsage.Day("lan", DAY.minusDays(i), 0, 1, 50_000));
        }
        assertEquals(1, exports(h, 1, 5_000).size());
    }

    @Test
    void manyExportsAreFlaggedEvenWhenSmall() {
        assertEquals(0, exports(List.of(), 20, 200).size(), "20 exports is the floor");
        List<UnusualFlag> flags = exports(List.of(), 21, 210);
        assertEquals(1, flags.size());
        assertTrue(flags.get(0).reason().contains("in 21 exports"), flags.get(0).reason());
    }

    @Test
    void onlyDaysInThePeriodAreJudgedAndAccountsAreApart() {
        List<AuditUsage.Day> all = new ArrayList<>(history("minh", 30, 1, 100_000));
        all.add(new AuditUsage.Day("minh", DAY, 0, 1, 100_000));
        all.add(new AuditUsage.Day("lan", DAY, 0, 1, 100_000));
        List<UnusualFlag> flags = rules.exportVolume(all, DAY, DAY);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("lan", flags.get(0).subject(), "minh's norm is 100,000 rows a day, lan's is 0");
        assertEquals(0, rules.exportVolume(all, DAY.plusDays(1), DAY.plusDays(2)).size());
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2.5, UnusualActivity.median(new long[] {4, 1, 3, 2}));
        assertEquals(3, UnusualActivity.median(new long[] {5, 1, 3}));
        assertEquals(0, UnusualActivity.median(new long[0]));
    }

    // ---- sign-in hours ----

    private AuditEntry login(String actor, LocalDateTime cityTime, Outcome outcome, String address) {
        return new AuditEntry(++ids, cityTime.atZone(AuditFilter.CITY).toInstant(), actor, "q1", "login", null, address,
                outcome, null);
    }

    private List<UnusualFlag> oddHours(List<AuditEntry> signIns) {
        return rules.oddHours(new ArrayList<>(signIns), DAY.atStartOfDay(AuditFilter.CITY).toInstant());
    }

    @Test
    void withoutHistoryTheCityDayIsTheNorm() {
        assertEquals(0, oddHours(List.of(login("lan", DAY.atTime(6, 0), Outcome.OK, null))).size(), "06:00 is day");
        assertEquals(0, oddHours(List.of(login("lan", DAY.atTime(21, 59), Outcome.OK, null))).size());
        List<UnusualFlag> late = oddHours(List.of(login("lan", DAY.atTime(22, 0), Outcome.OK, null)));
        assertEquals(1, late.size(), "22:00 is night");
        assertEquals(UnusualFlag.Kind.NIGHT_SIGN_IN, late.get(0).kind());
        assertEquals("lan signed in at 05/12/2026 22:00, outside the usual hours 06:00–22:00 city time", late.get(0).reason());
        assertEquals(1, late.get(0).rows().size());
        assertEquals(1, oddHours(List.of(login("lan", DAY.atTime(5, 59), Outcome.OK, null))).size());
    }

    @Test
    void signInsBeforeThePeriodAreHistoryNotFlags() {
        assertEquals(0, oddHours(List.of(login("lan", DAY.minusDays(1).atTime(23, 0), Outcome.OK, null))).size());
    }

    @Test
    void withEnoughHistoryTheAccountsOwnHoursAreTheNorm() {
        List<AuditEntry> nightShift = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            nightShift.add(login("an", DAY.minusDays(i).atTime(23, 30), Outcome.OK, null));
        }
        List<AuditEntry> signIns = new ArrayList<>(nightShift);
        signIns.add(login("an", DAY.atTime(23, 10), Outcome.OK, null));
        signIns.add(login("an", DAY.atTime(0, 20), Outcome.OK, null)); // within an hour of 23:xx
        assertEquals(0, oddHours(signIns).size(), "a night-shift account signing in at night is usual");

        signIns.add(login("an", DAY.atTime(9, 0), Outcome.OK, null)); // history: 20 nights and the 00:20 before it
        List<UnusualFlag> flags = oddHours(signIns);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(UnusualFlag.Kind.OFF_HOURS_SIGN_IN, flags.get(0).kind());
        assertTrue(flags.get(0).reason().contains("none of its 21 sign-ins of the previous 30 days"), flags.get(0).reason());
    }

    @Test
    void nineteenSignInsAreNotYetEnoughHistory() {
        List<AuditEntry> signIns = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            signIns.add(login("an", DAY.minusDays(i).atTime(23, 30), Outcome.OK, null));
        }
        signIns.add(login("an", DAY.atTime(23, 30), Outcome.OK, null));
        List<UnusualFlag> flags = oddHours(signIns);
        assertEquals(1, flags.size());
        assertEquals(UnusualFlag.Kind.NIGHT_SIGN_IN, flags.get(0).kind());
    }

    // ---- failed sign-ins ----

    private List<AuditEntry> failures(String actor, String address, LocalDateTime start, int count, Duration apart) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(login(actor, start.plus(apart.multipliedBy(i)), Outcome.DENIED, address));
        }
        return out;
    }

    @Test
    void fiveFailuresForOneAccountWithinFifteenMinutesAreFlaggedOnce() {
        assertEquals(0, rules.failedSignIns(failures("lan", "10.0.0.1", DAY.atTime(9, 0), 4, Duration.ofMinutes(1))).size());
        List<UnusualFlag> flags = rules.failedSignIns(failures("lan", "10.0.0.1", DAY.atTime(9, 0), 7, Duration.ofMinutes(1)));
        assertEquals(1, flags.size(), flags.toString());
        UnusualFlag f = flags.get(0);
        assertEquals(UnusualFlag.Kind.FAILED_SIGN_INS_ACCOUNT, f.kind());
        assertEquals(7, f.rows().size(), "the whole burst is behind the flag");
        assertEquals("7 failed sign-ins for the account lan between 05/12/2026 09:00 and 05/12/2026 09:06"
                + " (flagged from 5 within 15 minutes)", f.reason());
    }

    @Test
    void theWindowEdgeIsIncluded() {
        // five failures spanning exactly 15 minutes: flagged; spanning 15 min + 1 s: not
        assertEquals(1, rules.failedSignIns(failures("lan", null, DAY.atTime(9, 0), 5, Duration.ofSeconds(225))).size());
        assertEquals(0, rules.failedSignIns(failures("lan", null, DAY.atTime(9, 0), 5, Duration.ofMillis(225_250))).size());
    }

    @Test
    void slowGuessingIsNotABurstAndTwoBurstsAreTwoFlags() {
        assertEquals(0, rules.failedSignIns(failures("lan", null, DAY.atTime(0, 0), 24, Duration.ofMinutes(4))).size(),
                "one failure every 4 minutes never makes 5 within 15");
        List<AuditEntry> two = new ArrayList<>(failures("lan", null, DAY.atTime(9, 0), 5, Duration.ofSeconds(10)));
        two.addAll(failures("lan", null, DAY.atTime(15, 0), 6, Duration.ofSeconds(10)));
        List<UnusualFlag> flags = rules.failedSignIns(two);
        assertEquals(2, flags.size(), flags.toString());
        assertEquals(List.of(5, 6), flags.stream().map(f -> f.rows().size()).sorted().toList());
    }

    @Test
    void oneAddressTryingManyAccountsIsFlaggedByItsAddress() {
        List<AuditEntry> spray = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            spray.add(login("user" + i, DAY.atTime(3, i), Outcome.DENIED, "203.0.113.9"));
        }
        List<UnusualFlag> flags = rules.failedSignIns(spray);
        assertEquals(1, flags.size(), "no account failed 5 times, the address failed 10 times");
        assertEquals(UnusualFlag.Kind.FAILED_SIGN_INS_ADDRESS, flags.get(0).kind());
        assertEquals("203.0.113.9", flags.get(0).subject());
        assertTrue(flags.get(0).reason().contains("for 10 accounts"), flags.get(0).reason());
        assertEquals(0, rules.failedSignIns(spray.subList(0, 9)).size(), "9 is below the address threshold");
    }

    @Test
    void everyKindHasAReasonKey() {
        assertEquals("audit.flag.failed-sign-ins-account", UnusualFlag.Kind.FAILED_SIGN_INS_ACCOUNT.key());
        assertEquals(Instant.EPOCH, new UnusualFlag(UnusualFlag.Kind.NIGHT_SIGN_IN, "x", Instant.EPOCH,
                List.of("x", "t", "06:00", "22:00"), List.of()).at());
    }
}
