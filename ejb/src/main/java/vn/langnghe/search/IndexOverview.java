package vn.langnghe.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * Counts for the dashboard: documents in the caller's scope, by platform, by sentiment and by day
 * (days in the city's time zone, oldest first, days without posts included as zero).
 */
public record IndexOverview(long total, Map<String, Long> byPlatform, Map<String, Long> bySentiment,
                            SortedMap<LocalDate, Long> byDay) {
}
