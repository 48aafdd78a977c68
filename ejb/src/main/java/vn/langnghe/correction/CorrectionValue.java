package vn.langnghe.correction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.langnghe.analysis.sentiment.SentimentLabel;
import vn.langnghe.analysis.topic.TopicClassifier;
import vn.langnghe.index.Post;

/**
 * A corrected value, checked and in its canonical text form (as stored and shown):
 * <ul>
 * <li>sentiment: {@code positive}, {@code neutral} or {@code negative};</li>
 * <li>topics: topic codes separated by commas, empty for a post about none;</li>
 * <li>regions: places separated by commas, each an area ({@code q1}, {@code hcmc} for the city as a
 *     whole) or an area and a new unit code ({@code q1/26734}), empty for a post that names no place.</li>
 * </ul>
 */
public record CorrectionValue(CorrectedField field, String text, List<String> codes, List<String> areas,
                              List<String> units) {
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern UNIT = Pattern.compile("[0-9]{5}");

    public static CorrectionValue parse(CorrectedField field, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (field) {
            case SENTIMENT -> sentiment(v);
            case TOPICS -> topics(v);
            case REGIONS -> regions(v);
        };
    }

    private static CorrectionValue sentiment(String v) {
        for (SentimentLabel l : SentimentLabel.values()) {
            if (l.code().equals(v)) {
                return new CorrectionValue(CorrectedField.SENTIMENT, v, List.of(v), List.of(), List.of());
            }
        }
        throw new CorrectionException("the sentiment is positive, neutral or negative, not \"" + shorten(v) + "\"");
    }

    private static CorrectionValue topics(String v) {
        Set<String> codes = new LinkedHashSet<>();
        for (String c : items(v)) {
            if (!TopicClassifier.CODES.contains(c)) {
                throw new CorrectionException("\"" + shorten(c) + "\" is not a topic; the topics are "
                        + String.join(", ", TopicClassifier.CODES));
            }
            codes.add(c);
        }
        return new CorrectionValue(CorrectedField.TOPICS, String.join(",", codes), List.copyOf(codes), List.of(), List.of());
    }

    private static CorrectionValue regions(String v) {
        // Places with a unit come first: the index pairs the i-th area with the i-th unit when it writes the
        // facet path (RegionPath), so this order keeps every unit under its own area.
        List<String[]> withUnit = new ArrayList<>();
        List<String> withoutUnit = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String place : items(v)) {
            if (!seen.add(place)) {
                continue;
            }
            String[] parts = place.split("/", -1);
            if (parts.length > 2 || !AREA.matcher(parts[0]).matches()
                    || (parts.length == 2 && !UNIT.matcher(parts[1]).matches())) {
                throw new CorrectionException("\"" + shorten(place) + "\" is not a place: write an area code (q1, "
                        + "binh_thanh, hcmc) or an area and a five-digit unit code (q1/26734)");
            }
            if (parts.length == 2) {
                withUnit.add(parts);
            } else {
                withoutUnit.add(parts[0]);
            }
        }
        List<String> areas = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String[] p : withUnit) {
            areas.add(p[0]);
            units.add(p[1]);
            text.add(p[0] + "/" + p[1]);
        }
        for (String a : withoutUnit) {
            if (!areas.contains(a)) {
                areas.add(a);
                text.add(a);
            }
        }
        return new CorrectionValue(CorrectedField.REGIONS, String.join(",", text), List.of(), areas, units);
    }

    /** The post with this value in place of what the analysis found. */
    public Post applyTo(Post p) {
        return switch (field) {
            case SENTIMENT -> p.withSentiment(text, score(text));
            case TOPICS -> p.withTopics(codes);
            case REGIONS -> p.withRegions(areas, units);
        };
    }

    /** An analyst's label is certain: the score says so (1, 0 or −1), so ordering by score agrees with it. */
    static double score(String label) {
        return switch (label) {
            case "positive" -> 1.0;
            case "negative" -> -1.0;
            default -> 0.0;
        };
    }

    /** The stored places of a post (its facet path) in this value's text form, for the history's "old". */
    static String placesText(List<String> regionPath) {
        List<String> withUnit = new ArrayList<>();
        List<String> areas = new ArrayList<>();
        for (String t : regionPath) {
            String[] parts = t.split("/");
            if (parts[0].equals("2") && parts.length == 4) {
                withUnit.add(parts[2] + "/" + parts[3]);
            } else if (parts[0].equals("1") && parts.length == 3) {
                areas.add(parts[2]);
            }
        }
        List<String> out = new ArrayList<>(withUnit);
        for (String a : areas) {
            if (withUnit.stream().noneMatch(u -> u.startsWith(a + "/"))) {
                out.add(a);
            }
        }
        if (out.isEmpty() && regionPath.contains("0/hcmc")) {
            out.add("hcmc");
        }
        return String.join(",", out);
    }

    private static List<String> items(String v) {
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
