package vn.langnghe.web.pages;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.langnghe.search.FacetCounts;
import vn.langnghe.search.VolumeInterval;
import vn.langnghe.search.VolumePoint;

/**
 * The search page's charts as Chart.js configurations for {@code p:chart}. Each carries {@code lnLinks}
 * (per dataset, per bar: the URL of the search that bar stands for), which {@code resources/js/search.js}
 * turns into a click handler, so a click is a plain navigation to a new URL like every other refinement.
 * The JSON goes into a script element: every string is escaped so that no label (an author's name, a source)
 * can close the script or break the JSON.
 */
final class SearchCharts {
    static final String[] SENTIMENTS = {"negative", "neutral", "positive"};
    static final Map<String, String> SENTIMENT_COLORS = Map.of("negative", "#d64545", "neutral", "#9aa5b1",
            "positive", "#3f9c5a");
    private static final String BAR_COLOR = "#2f6fb3";
    private static final int TOP = 10;

    private SearchCharts() {
    }

    /** One bar or slice: its label, its count and the URL clicking it opens. */
    record Item(String label, long count, String href) {
    }

    /** Volume over time, stacked by sentiment; a bar's click narrows the dates to its bucket. */
    static String volume(List<VolumePoint> points, VolumeInterval interval, ZoneId zone,
                         Function<String, String> sentimentLabel, Function<String[], String> datesHref) {
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        DateTimeFormatter label = switch (interval) {
            case HOUR -> DateTimeFormatter.ofPattern("dd/MM HH:mm");
            case DAY, WEEK -> DateTimeFormatter.ofPattern("dd/MM");
            case MONTH -> DateTimeFormatter.ofPattern("MM/yyyy");
        };
        for (VolumePoint p : points) {
            LocalDateTime start = LocalDateTime.ofInstant(p.start(), zone);
            labels.add(label.format(start));
            links.add(datesHref.apply(bucket(start, interval)));
        }
        StringBuilder s = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":");
        strings(s, labels);
        s.append(",\"datasets\":[");
        for (int i = 0; i < SENTIMENTS.length; i++) {
            String code = SENTIMENTS[i];
            s.append(i == 0 ? "" : ",").append("{\"label\":").append(str(sentimentLabel.apply(code)))
                    .append(",\"backgroundColor\":").append(str(SENTIMENT_COLORS.get(code))).append(",\"data\":[");
            for (int j = 0; j < points.size(); j++) {
                s.append(j == 0 ? "" : ",").append(points.get(j).bySentiment().getOrDefault(code, 0L));
            }
            s.append("]}");
        }
        s.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,\"beginAtZero\":true,\"ticks\":{\"precision\":0}}},"
                + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}}},\"lnLinks\":[");
        for (int i = 0; i < SENTIMENTS.length; i++) {
            s.append(i == 0 ? "" : ",");
            strings(s, links);
        }
        return s.append("]}").toString();
    }

    /**
     * The from/to a bucket stands for, as the URL writes them: whole days for days, weeks and months (both
     * included), moments for an hour (the end excluded).
     */
    static String[] bucket(LocalDateTime start, VolumeInterval interval) {
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        return switch (interval) {
            case HOUR -> new String[] {minute.format(start), minute.format(start.plusHours(1))};
            case DAY -> new String[] {start.toLocalDate().toString(), start.toLocalDate().toString()};
            case WEEK -> new String[] {start.toLocalDate().toString(), start.toLocalDate().plusDays(6).toString()};
            case MONTH -> new String[] {start.toLocalDate().toString(),
                    start.toLocalDate().plusMonths(1).minusDays(1).toString()};
        };
    }

    /** The share of each sentiment (a doughnut, with the colours given by code); a slice's click filters on it. */
    static String share(List<Item> items, List<String> codes) {
        StringBuilder s = new StringBuilder("{\"type\":\"doughnut\",\"data\":{\"labels\":");
        strings(s, items.stream().map(Item::label).toList());
        s.append(",\"datasets\":[{\"data\":[");
        appendCounts(s, items);
        s.append("],\"backgroundColor\":[");
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : ",").append(str(SENTIMENT_COLORS.getOrDefault(codes.get(i), BAR_COLOR)));
        }
        s.append("]}]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"plugins\":{\"legend\":{\"position\":\"right\"}}},\"lnLinks\":[");
        strings(s, items.stream().map(Item::href).toList());
        return s.append("]}").toString();
    }

    /** The top values of a facet as horizontal bars; a bar's click filters on its value. */
    static String top(String title, List<Item> all) {
        List<Item> items = all.size() > TOP ? all.subList(0, TOP) : all;
        StringBuilder s = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":");
        strings(s, items.stream().map(i -> cut(i.label())).toList());
        s.append(",\"datasets\":[{\"label\":").append(str(title)).append(",\"backgroundColor\":").append(str(BAR_COLOR))
                .append(",\"data\":[");
        appendCounts(s, items);
        s.append("]}]},\"options\":{\"indexAxis\":\"y\",\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"x\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}},"
                + "\"plugins\":{\"legend\":{\"display\":false}}},\"lnLinks\":[");
        strings(s, items.stream().map(Item::href).toList());
        return s.append("]}").toString();
    }

    static boolean hasData(FacetCounts f) {
        return f != null && f.values().stream().anyMatch(v -> v.count() > 0);
    }

    private static void appendCounts(StringBuilder s, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : ",").append(items.get(i).count());
        }
    }

    private static String cut(String label) {
        return label.length() <= 28 ? label : label.substring(0, 27) + "…";
    }

    private static void strings(StringBuilder s, List<String> values) {
        s.append('[');
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ",").append(str(values.get(i)));
        }
        s.append(']');
    }

    /** A JSON string safe inside a script element: quotes, backslashes, controls, &lt; &gt; &amp; and line separators escaped. */
    static String str(String v) {
        if (v == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
