package vn.langnghe.web.pages;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import vn.langnghe.savedquery.SearchState;
import vn.langnghe.search.DateRange;
import vn.langnghe.search.Facet;
import vn.langnghe.search.SearchFilter;
import vn.langnghe.search.SearchSort;

/**
 * A saved search in words for a list: the words, each facet's values with their labels
 * ({@code facet.<name>}, {@code facet.<name>.<value>}; a value without a label is shown as it is), the
 * dates, the order and the exact-diacritics switch. Plain text: the page escapes it.
 */
final class SearchStateText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private SearchStateText() {
    }

    static String describe(SearchState s, ResourceBundle msg) {
        List<String> parts = new ArrayList<>();
        parts.add(s.q().isEmpty() ? msg.getString("saved.summary.everything")
                : msg.getString("saved.summary.words") + " “" + s.q() + "”");
        // values of one facet are alternatives: one part per facet, in the order the URL gave them
        Map<Facet, List<String>> byFacet = new LinkedHashMap<>();
        for (SearchFilter f : s.filters()) {
            byFacet.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(FilterLabel.value(f.field(), f.value(), msg));
        }
        byFacet.forEach((facet, values) -> parts.add(label(msg, facet.labelKey(), facet.param()) + ": "
                + String.join(" " + msg.getString("saved.summary.or") + " ", values)));
        String dates = dates(s.dates(), msg);
        if (dates != null) {
            parts.add(dates);
        }
        if (s.sort() != SearchSort.RELEVANCE) {
            parts.add(msg.getString("saved.summary.sort." + s.sort().param()));
        }
        if (s.exact()) {
            parts.add(msg.getString("saved.summary.exact"));
        }
        return String.join(" · ", parts);
    }

    private static String dates(DateRange d, ResourceBundle msg) {
        if (d.preset() != null) {
            return msg.getString("saved.summary.preset." + d.preset().param());
        }
        if (d.from() == null && d.to() == null) {
            return null;
        }
        List<String> ends = new ArrayList<>(2);
        if (d.from() != null) {
            ends.add(msg.getString("saved.summary.from") + " " + moment(d.from(), false));
        }
        if (d.to() != null) {
            ends.add(msg.getString("saved.summary.to") + " " + moment(d.to(), true));
        }
        return String.join(" ", ends);
    }

    /** A day alone when the moment is midnight; an end at midnight is the day before, the last one included. */
    private static String moment(LocalDateTime t, boolean end) {
        if (t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return DAY.format(end ? t.toLocalDate().minusDays(1) : t.toLocalDate());
        }
        return MOMENT.format(t);
    }

    private static String label(ResourceBundle msg, String key, String fallback) {
        return msg.containsKey(key) ? msg.getString(key) : fallback;
    }
}
