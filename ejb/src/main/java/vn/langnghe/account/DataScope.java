package vn.langnghe.account;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What part of the index a unit may see. Every query path takes one, so that a ward's analyst never
 * sees another ward's data by accident.
 *
 * <ul>
 * <li>A <b>region scope</b> (areas and/or wards) sees the posts about those areas (former districts such
 * as {@code q1}, or {@code binh_duong}) or about those wards, communes or the special zone (new unit codes
 * such as {@code 26740}), <em>and</em> the city-wide posts: those that name no area of the city.</li>
 * <li>A <b>topic scope</b> sees the posts with one of its topics (codes of the topic rules, such as
 * {@code transport}). With a region scope as well, a post must pass both.</li>
 * <li>No regions and no topics: the <b>whole city</b>.</li>
 * </ul>
 *
 * Plain data: only codes, each checked to be a plain word or a five-digit unit code, so that a stored
 * scope can never carry query syntax. {@code search.ScopeFilter} turns it into the query.
 */
public record DataScope(List<String> areas, List<String> wards, List<String> topics) implements java.io.Serializable {
    public static final DataScope WHOLE_CITY = new DataScope(List.of(), List.of(), List.of());

    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{5}");

    public DataScope {
        areas = checked(areas, WORD, "area code");
        wards = checked(wards, UNIT_CODE, "ward code");
        topics = checked(topics, WORD, "topic code");
    }

    /** A region scope of areas only. */
    public DataScope(List<String> areas) {
        this(areas, List.of(), List.of());
    }

    /** Parses the comma-separated area list stored on a unit; blank means the whole city. */
    public static DataScope parse(String storedAreas) {
        return parse(storedAreas, null, null);
    }

    /** Parses the three comma-separated lists stored on a unit; all blank means the whole city. */
    public static DataScope parse(String storedAreas, String storedWards, String storedTopics) {
        return new DataScope(split(storedAreas), split(storedWards), split(storedTopics));
    }

    public boolean wholeCity() {
        return !hasRegions() && !hasTopics();
    }

    public boolean hasRegions() {
        return !areas.isEmpty() || !wards.isEmpty();
    }

    public boolean hasTopics() {
        return !topics.isEmpty();
    }

    private static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.asList(stored.trim().split("\\s*,\\s*"));
    }

    private static List<String> checked(List<String> codes, Pattern form, String what) {
        List<String> copy = List.copyOf(codes);
        for (String c : copy) {
            if (!form.matcher(c).matches()) {
                throw new IllegalArgumentException("not a " + what + ": " + c);
            }
        }
        return copy;
    }
}
