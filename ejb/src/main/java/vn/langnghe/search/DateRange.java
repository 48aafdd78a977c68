package vn.langnghe.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The dates of a search: a preset counted back from now ({@code 1h}, {@code 24h}, {@code 7d}, {@code 30d}),
 * or a custom range in Ho Chi Minh City's time (a day includes all of it; a date-time {@code 2026-11-20T08:00}
 * is a moment), either end open. As the URL carries it: {@code from=24h}, or {@code from=2026-11-01&to=2026-11-07}.
 */
public record DateRange(Preset preset, LocalDateTime from, LocalDateTime to) {
    public static final DateRange ANY = new DateRange(null, null, null);

    /** The presets, with the URL value each is written as. */
    public enum Preset {
        LAST_HOUR("1h", Duration.ofHours(1)), LAST_24_HOURS("24h", Duration.ofHours(24)),
        LAST_7_DAYS("7d", Duration.ofDays(7)), LAST_30_DAYS("30d", Duration.ofDays(30));

        private final String param;
        private final Duration length;

        Preset(String param, Duration length) {
            this.param = param;
            this.length = length;
        }

        public String param() {
            return param;
        }

        public Duration length() {
            return length;
        }

        static Preset byParam(String s) {
            for (Preset p : values()) {
                if (p.param.equals(s)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** A range resolved against a clock: instants, either null when open; the end is excluded. */
    public record Resolved(Instant start, Instant end) {
        public boolean open() {
            return start == null && end == null;
        }
    }

    public DateRange {
        if (preset != null && (from != null || to != null)) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_DATES,
                    "a preset (" + preset.param + ") cannot be combined with an end date");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_DATES,
                    "the end " + to + " is not after the start " + from);
        }
    }

    public static DateRange of(Preset preset) {
        return new DateRange(preset, null, null);
    }

    /** Whole days, both included; either may be null. */
    public static DateRange days(LocalDate from, LocalDate to) {
        return new DateRange(null, from == null ? null : from.atStartOfDay(),
                to == null ? null : to.plusDays(1).atStartOfDay());
    }

    /** From the URL's {@code from} (a preset, a day or a date-time) and {@code to} (a day or a date-time). */
    public static DateRange parse(String from, String to) {
        String f = from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
        String t = to == null ? "" : to.strip();
        Preset p = Preset.byParam(f);
        if (p != null) {
            return new DateRange(p, null, t.isEmpty() ? null : moment(t, true));
        }
        return new DateRange(null, f.isEmpty() ? null : moment(f, false), t.isEmpty() ? null : moment(t, true));
    }

    private static LocalDateTime moment(String s, boolean end) {
        try {
            if (s.length() <= 10) {
                LocalDate d = LocalDate.parse(s);
                return end ? d.plusDays(1).atStartOfDay() : d.atStartOfDay();
            }
            return LocalDateTime.parse(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_DATES, "\"" + SearchRequestException.shortened(s)
                    + "\" is not a date: write 2026-11-20 or 2026-11-20T08:00, or 1h, 24h, 7d, 30d for the start");
        }
    }

    /** The instants; a preset ends now and starts at the minute (so repeated searches share Solr's cache). */
    public Resolved resolve(Clock clock) {
        if (preset != null) {
            Instant now = clock.instant();
            return new Resolved(now.minus(preset.length).truncatedTo(ChronoUnit.MINUTES), null);
        }
        return new Resolved(from == null ? null : from.atZone(OverviewService.CITY_ZONE).toInstant(),
                to == null ? null : to.atZone(OverviewService.CITY_ZONE).toInstant());
    }

    /** As the URL and the audit trail write it; empty when open. */
    public String describe() {
        if (preset != null) {
            return "from=" + preset.param;
        }
        StringBuilder s = new StringBuilder();
        if (from != null) {
            s.append("from=").append(from.toLocalTime().equals(LocalTime.MIDNIGHT) ? from.toLocalDate() : from);
        }
        if (to != null) {
            // a whole day is written as the URL wrote it: the last day included
            s.append(s.isEmpty() ? "" : " ").append("to=")
                    .append(to.toLocalTime().equals(LocalTime.MIDNIGHT) ? to.toLocalDate().minusDays(1) : to);
        }
        return s.toString();
    }
}
