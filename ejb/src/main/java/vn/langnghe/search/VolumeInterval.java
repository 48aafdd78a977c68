package vn.langnghe.search;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The bucket of the volume chart, chosen by the length of the range so that a chart has a readable number
 * of bars (at most 48 hours, 92 days, 106 weeks); buckets begin on the city's hours, days, Mondays and months.
 */
public enum VolumeInterval {
    HOUR("+1HOUR", Duration.ofHours(48)), DAY("+1DAY", Duration.ofDays(92)), WEEK("+7DAYS", Duration.ofDays(742)),
    MONTH("+1MONTH", null);

    private final String gap;
    private final Duration upTo;

    VolumeInterval(String gap, Duration upTo) {
        this.gap = gap;
        this.upTo = upTo;
    }

    /** A bucket's length at least (a month's 28 days): what a count of buckets is worked out with. */
    long nominalMinutes() {
        return switch (this) {
            case HOUR -> 60;
            case DAY -> 24 * 60;
            case WEEK -> 7 * 24 * 60;
            case MONTH -> 28 * 24 * 60;
        };
    }

    /** Solr date math for one bucket. */
    public String gap() {
        return gap;
    }

    public static VolumeInterval forRange(Instant start, Instant end) {
        Duration length = Duration.between(start, end);
        for (VolumeInterval i : values()) {
            if (i.upTo == null || length.compareTo(i.upTo) <= 0) {
                return i;
            }
        }
        return MONTH;
    }

    /** The start of the bucket that holds the instant, in Ho Chi Minh City's time. */
    public Instant align(Instant t) {
        ZonedDateTime z = t.atZone(OverviewService.CITY_ZONE);
        ZonedDateTime a = switch (this) {
            case HOUR -> z.truncatedTo(ChronoUnit.HOURS);
            case DAY -> z.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> z.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> z.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
        return a.toInstant();
    }
}
