package vn.langnghe.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Retention counts whole days of Ho Chi Minh City, the days the dashboard shows: a post is purged
 * once the city day it was created on lies more than the retention age in the past. The cutoff is
 * therefore a city midnight, the same for every purge of one day, so a second run on that day finds
 * nothing more, and a purge never cuts a dashboard day in two.
 */
public final class RetentionCalendar {
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private RetentionCalendar() {
    }

    /** Posts created before this instant are purged: midnight (city time) starting the day {@code days} days before today. */
    public static Instant cutoff(Instant now, int days) {
        LocalDate today = now.atZone(CITY_ZONE).toLocalDate();
        return today.minusDays(days).atStartOfDay(CITY_ZONE).toInstant();
    }

    /** The next time of day {@code at} (city time) strictly after {@code now}. */
    public static ZonedDateTime nextRun(Instant now, LocalTime at) {
        ZonedDateTime city = now.atZone(CITY_ZONE);
        ZonedDateTime today = city.toLocalDate().atTime(at).atZone(CITY_ZONE);
        return today.toInstant().isAfter(now) ? today : today.plusDays(1);
    }

    /** {@code HH:mm}, e.g. {@code 02:30}; a clear error otherwise (a configuration mistake). */
    public static LocalTime timeOfDay(String configured) {
        try {
            return LocalTime.parse(configured.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("langnghe.retention.run-at must be a time of day as HH:mm, not '"
                    + configured + "'", e);
        }
    }
}
