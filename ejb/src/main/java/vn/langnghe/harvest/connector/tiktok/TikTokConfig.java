package vn.langnghe.harvest.connector.tiktok;

import jakarta.validation.constraints.Pattern;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;

/**
 * @param apiBaseUrl          the API host, {@code https://open.tiktokapis.com}
 * @param keywords            comma-separated; a video matches when its description has any of them
 * @param hashtags            comma-separated, without '#'; matched like keywords (either may be empty)
 * @param regionCode          the country the video was posted from, e.g. {@code VN}; empty for any
 * @param daysBack            how far back the first run looks, and the oldest day any run asks for
 *                            (the API takes at most 30 days per query)
 * @param maxCount            videos or comments per request (the API allows up to 100)
 * @param includeComments     also fetch each video's comments (one request per 100 comments, from
 *                            the project's daily quota of 1,000 requests)
 * @param maxCommentsPerVideo stop reading a video's comments after this many, so one viral video does
 *                            not spend the day's quota (at least 1 when comments are included)
 */
public record TikTokConfig(
        @HttpUrl String apiBaseUrl,
        String keywords,
        String hashtags,
        @Pattern(regexp = "\\s*|\\s*[A-Za-z]{2}\\s*", message = "must be a two-letter country code such as VN")
        String regionCode,
        @Between(min = 1, max = TikTokConfig.MAX_DAYS,
                message = "must be between {min} and {max} (the API spans at most {max} days per query)") int daysBack,
        @Between(min = 1, max = 100) int maxCount,
        boolean includeComments,
        int maxCommentsPerVideo) {

    /** The longest span of one video query. */
    static final int MAX_DAYS = 30;
}
