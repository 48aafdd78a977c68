package vn.langnghe.harvest.connector.bulkimport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langnghe.analysis.text.TextCleaner;
import vn.langnghe.harvest.connector.HarvestedItem;

/** Turns one row into an item, or says in plain words why it cannot. */
final class RowMapper {
    private static final Set<String> KINDS = Set.of("post", "comment", "article", "video", "page");
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,39}");
    private static final Pattern SHORT_COUNT = Pattern.compile("(?i)(\\d+(?:[.,]\\d+)?)\\s*([km])");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,\\s\\u00A0]\\d{3})+");
    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z");

    /** The item made from a row, or the reason there is none. */
    record Result(HarvestedItem item, String problem) {
    }

    private final Mapping mapping;
    private final String dateFormat;
    private final DateTimeFormatter pattern;
    private final ZoneId zone;
    private final String defaultPlatform;
    /** Instants, offsets, zone ids, Facebook's "+0000", and local times in the configured zone. */
    private final List<IsoForm> isoForms;

    RowMapper(Mapping mapping, String dateFormat, ZoneId zone, String defaultPlatform) {
        this.mapping = mapping;
        this.dateFormat = dateFormat == null || dateFormat.isBlank() ? "ISO" : dateFormat.strip();
        this.pattern = isNamed(this.dateFormat) ? null : DateTimeFormatter.ofPattern(this.dateFormat, Locale.ROOT);
        this.zone = zone;
        this.defaultPlatform = defaultPlatform;
        this.isoForms = List.of(
                Instant::parse,
                s -> OffsetDateTime.parse(s).toInstant(),
                s -> ZonedDateTime.parse(s).toInstant(),
                s -> OffsetDateTime.parse(s, COMPACT_OFFSET).toInstant(),
                s -> LocalDateTime.parse(s).atZone(zone).toInstant(),
                s -> LocalDate.parse(s).atStartOfDay(zone).toInstant());
    }

    static boolean isNamed(String format) {
        return Set.of("ISO", "EPOCH_SECONDS", "EPOCH_MILLIS").contains(format.toUpperCase(Locale.ROOT));
    }

    Result map(Map<String, String> row) {
        String id = value(row, "id");
        if (id == null) {
            return problem("has no id (column " + mapping.column("id") + ")");
        }
        String text = value(row, "text");
        if (text == null) {
            return problem("has no text (column " + mapping.column("text") + ")");
        }
        String createdText = value(row, "created");
        if (createdText == null) {
            return problem("has no date (column " + mapping.column("created") + ")");
        }
        Instant created = date(createdText);
        if (created == null) {
            return problem("has a date \"" + clip(createdText) + "\" that does not match the format " + dateFormat);
        }
        String platform = value(row, "platform");
        platform = platform == null ? null : platform.toLowerCase(Locale.ROOT);
        HarvestedItem.Builder b = HarvestedItem.builder(
                platform != null && PLATFORM.matcher(platform).matches() ? platform : defaultPlatform, id)
                .createdAt(created)
                .title(value(row, "title"))
                .url(value(row, "url"))
                .author(value(row, "author"), value(row, "authorid"));
        // A file says nothing about its text's format: exports of news articles hold HTML, exports of
        // comments plain text, which is stored as written (entities and all).
        if (TextCleaner.looksLikeHtml(text)) {
            b.html(text);
        } else {
            b.text(text);
        }
        String parent = value(row, "parent");
        String kind = value(row, "kind");
        if (parent != null) {
            String thread = value(row, "thread");
            b.kind("comment").replyTo(parent, thread != null ? thread : parent);
        } else if (kind != null && KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            b.kind(kind.toLowerCase(Locale.ROOT));
        }
        for (String count : new String[] {"likes", "shares", "comments", "views"}) {
            String v = value(row, count);
            Long n = v == null ? Long.valueOf(0) : count(v);
            if (n == null) {
                return problem("has a " + count + " count \"" + clip(v) + "\" that is not a number");
            }
            switch (count) {
                case "likes" -> b.likes(n);
                case "shares" -> b.shares(n);
                case "comments" -> b.comments(n);
                default -> b.views(n);
            }
        }
        return new Result(b.build(), null);
    }

    private String value(Map<String, String> row, String field) {
        String column = mapping.column(field);
        String v = column == null ? null : row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Result problem(String why) {
        return new Result(null, why);
    }

    /** Digits with thousands separators ("1.234", "1,234"), or the "1,2K" / "3M" of social exports. */
    static Long count(String s) {
        String t = s.strip();
        Matcher shortForm = SHORT_COUNT.matcher(t);
        if (shortForm.matches()) {
            double base = Double.parseDouble(shortForm.group(1).replace(',', '.'));
            return Math.round(base * (shortForm.group(2).equalsIgnoreCase("k") ? 1_000 : 1_000_000));
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replaceAll("[.,\\s\\u00A0]", "");
        }
        try {
            long n = Long.parseLong(t);
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Instant date(String s) {
        String t = s.strip();
        try {
            switch (dateFormat.toUpperCase(Locale.ROOT)) {
                case "EPOCH_SECONDS" -> {
                    return Instant.ofEpochSecond(Long.parseLong(t));
                }
                case "EPOCH_MILLIS" -> {
                    return Instant.ofEpochMilli(Long.parseLong(t));
                }
                case "ISO" -> {
                    return iso(t);
                }
                default -> {
                    Instant i = withPattern(t);
                    // a date cell of a spreadsheet arrives as ISO text whatever the pattern
                    return i != null ? i : iso(t);
                }
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private Instant withPattern(String t) {
        try {
            TemporalAccessor a = pattern.parse(t);
            if (a.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(a).toInstant();
            }
            if (a.isSupported(ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(a).atZone(zone).toInstant();
            }
            return LocalDate.from(a).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Instant iso(String t) {
        String s = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
        for (IsoForm form : isoForms) {
            try {
                return form.parse(s);
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        return null;
    }

    private interface IsoForm {
        Instant parse(String s);
    }



    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
