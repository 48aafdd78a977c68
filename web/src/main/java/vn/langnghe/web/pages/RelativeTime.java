package vn.langnghe.web.pages;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.langnghe.search.OverviewService;

/** A post's time as the post page shows it: the city's clock (Ho Chi Minh City), and how long ago in words. */
final class RelativeTime {
    static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private RelativeTime() {
    }

    /** {@code 07/12/2026 13:05} in Ho Chi Minh City. */
    static String absolute(Instant t) {
        return t == null ? "" : ABSOLUTE.format(ZonedDateTime.ofInstant(t, OverviewService.CITY_ZONE));
    }

    /**
     * "just now", "5 minutes ago", "3 hours ago", "2 days ago"; a time in the future (a platform's clock
     * ahead of ours) reads as just now.
     */
    static String ago(Instant t, Instant now, ResourceBundle texts) {
        if (t == null) {
            return "";
        }
        Duration d = Duration.between(t, now);
        long minutes = d.toMinutes();
        Locale locale = texts.getLocale();
        if (minutes < 1) {
            return texts.getString("post.ago.now");
        }
        if (minutes < 60) {
            return format(texts, "post.ago.minutes", minutes, locale);
        }
        if (d.toHours() < 24) {
            return format(texts, "post.ago.hours", d.toHours(), locale);
        }
        return format(texts, "post.ago.days", d.toDays(), locale);
    }

    private static String format(ResourceBundle texts, String key, long n, Locale locale) {
        return new MessageFormat(texts.getString(key), locale).format(new Object[] {n});
    }
}
