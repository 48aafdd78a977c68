package vn.langnghe.harvest.connector.tiktok;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The request bodies of the two endpoints, in the documented shape. */
final class TikTokQuery {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TikTokQuery() {
    }

    static List<String> terms(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).map(t -> t.replaceFirst("^#", ""))
                .filter(t -> !t.isEmpty()).toList();
    }

    /**
     * The region is a condition every video must meet ({@code and}); the keywords and hashtags are
     * alternatives ({@code or}), one condition per term.
     */
    static String videos(TikTokConfig c, LocalDate start, LocalDate end, String cursor, String searchId) {
        JsonObjectBuilder query = JSON.createObjectBuilder();
        if (c.regionCode() != null && !c.regionCode().isBlank()) {
            query.add("and", JSON.createArrayBuilder().add(condition("IN", "region_code",
                    c.regionCode().trim().toUpperCase(Locale.ROOT))));
        }
        JsonArrayBuilder any = JSON.createArrayBuilder();
        terms(c.keywords()).forEach(k -> any.add(condition("EQ", "keyword", k)));
        terms(c.hashtags()).forEach(h -> any.add(condition("EQ", "hashtag_name", h)));
        query.add("or", any);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("query", query)
                .add("start_date", DAY.format(start))
                .add("end_date", DAY.format(end))
                .add("max_count", c.maxCount());
        if (cursor != null && searchId != null) {
            body.add("cursor", new BigInteger(cursor)).add("search_id", searchId);
        }
        return body.build().toString();
    }

    static String comments(String videoId, int maxCount, String cursor) {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        if (videoId.matches("\\d{1,30}")) {
            body.add("video_id", new BigInteger(videoId));
        } else {
            body.add("video_id", videoId);
        }
        return body.add("max_count", maxCount).add("cursor", new BigInteger(cursor)).build().toString();
    }

    private static JsonObjectBuilder condition(String operation, String field, String value) {
        return JSON.createObjectBuilder().add("operation", operation).add("field_name", field)
                .add("field_values", JSON.createArrayBuilder().add(value));
    }
}
