package vn.langnghe.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RetentionCalendarTest {
    private static ZonedDateTime city(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, RetentionCalendar.CITY_ZONE);
    }

    @Test
    void theCutoffIsACityMidnightDaysBeforeToday() {
        Instant now = city(2026, 12, 7, 10, 15).toInstant();
        assertEquals(city(2026, 11, 7, 0, 0).toInstant(), RetentionCalendar.cutoff(now, 30));
        // city midnight is 17:00 UTC of the day before
        assertEquals(Instant.parse("2026-11-06T17:00:00Z"), RetentionCalendar.cutoff(now, 30));
        assertEquals(city(2026, 12, 6, 0, 0).toInstant(), RetentionCalendar.cutoff(now, 1));
    }

    @Test
    void theCityDayDecidesNotTheUtcDay() {
        // 23:30 UTC on the 6th is already 06:30 on the 7th in the city
        Instant lateUtc = Instant.parse("2026-12-06T23:30:00Z");
        assertEquals(city(2026, 12, 6, 0, 0).toInstant(), RetentionCalendar.cutoff(lateUtc, 1));
        // 16:59 UTC on the 6th is 23:59 on the 6th in the city: one day earlier
        Instant beforeMidnight = Instant.parse("2026-12-06T16:59:59Z");
        assertEquals(city(2026, 12, 5, 0, 0).toInstant(), RetentionCalendar.cutoff(beforeMidnight, 1));
    }

    @Test
    void everyPurgeOfOneCityDayHasTheSameCutoff() {
        Instant first = city(2026, 12, 7, 0, 0).toInstant();
        Instant last = city(2026, 12, 7, 23, 59).toInstant();
        assertEquals(RetentionCalendar.cutoff(first, 365), RetentionCalendar.cutoff(last, 365));
        assertEquals(city(2025, 12, 7, 0, 0).toInstant(), RetentionCalendar.cutoff(first, 365));
        Instant nextDay = city(2026, 12, 8, 0, 0).toInstant();
        assertTrue(RetentionCalendar.cutoff(nextDay, 365).isAfter(RetentionCalendar.cutoff(last, 365)));
    }

    @Test
    void aPostOfTheCutoffDayStaysAndOneASecondEarlierGoes() {
        Instant now = city(2026, 12, 7, 9, 0).toInstant();
        Instant cutoff = RetentionCalendar.cutoff(now, 10);
        assertTrue(city(2026, 11, 27, 0, 0).toInstant().equals(cutoff), "kept: created at the cutoff itself");
        assertTrue(city(2026, 11, 26, 23, 59).toInstant().isBefore(cutoff), "purged: the day before");
    }

    @Test
    void nextRunIsTodayWhenStillAheadElseTomorrowCityTime() {
        LocalTime at = LocalTime.of(2, 30);
        assertEquals(city(2026, 12, 7, 2, 30), RetentionCalendar.nextRun(city(2026, 12, 7, 1, 0).toInstant(), at));
        assertEquals(city(2026, 12, 8, 2, 30), RetentionCalendar.nextRun(city(2026, 12, 7, 2, 30).toInstant(), at));
        assertEquals(city(2026, 12, 8, 2, 30), RetentionCalendar.nextRun(Instant.parse("2026-12-07T12:00:00Z"), at));
        // 20:00 UTC on the 7th is 03:00 on the 8th in the city: the next run is the 9th
        assertEquals(city(2026, 12, 9, 2, 30), RetentionCalendar.nextRun(Instant.parse("2026-12-07T20:00:00Z"), at));
    }

    @Test
    void runAtMustBeATimeOfDay() {
        assertEquals(LocalTime.of(2, 30), RetentionCalendar.timeOfDay(" 02:30 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetentionCalendar.timeOfDay("2h30"));
        assertTrue(e.getMessage().contains("langnghe.retention.run-at"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetentionCalendar.timeOfDay("25:00"));
    }
}
