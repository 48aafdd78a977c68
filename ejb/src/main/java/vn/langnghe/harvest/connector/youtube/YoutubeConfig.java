package vn.langnghe.harvest.connector.youtube;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.langnghe.harvest.connector.RecentPosts;
import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;

/**
 * @param apiBaseUrl        the API root, {@code https://www.googleapis.com/youtube/v3}
 * @param mode              {@code SEARCH} (videos matching a query, newest first) or {@code CHANNEL} (a
 *                          channel's uploads, newest first)
 * @param query             the search terms, for {@code SEARCH}
 * @param channelId         the channel id ({@code UC...}), for {@code CHANNEL}
 * @param regionCode        ISO 3166-1 alpha-2 country the search favours, e.g. {@code VN}; empty for none
 * @param relevanceLanguage ISO 639-1 language the search favours, e.g. {@code vi}; empty for none
 * @param includeComments   also take each new video's comments and replies
 * @param pageSize          videos per request (the API allows up to 50)
 * @param backfillPages     how many pages of videos the first run reads before it only follows new ones
 * @param revisitHours      each walk first reads again the comment threads of the videos published
 *                          within this many hours (the newest {@link vn.langnghe.harvest.connector.RecentPosts#MAX}),
 *                          so that comments written after a video was taken come in; 0: new videos only
 */
public record YoutubeConfig(
        @HttpUrl String apiBaseUrl,
        @NotNull(message = "must be SEARCH or CHANNEL") Mode mode,
        String query,
        String channelId,
        @Pattern(regexp = "\\s*|[A-Za-z]{2}", message = "must be a two-letter country code such as VN") String regionCode,
        @Pattern(regexp = "\\s*|[A-Za-z]{2,3}(-[A-Za-z]+)?", message = "must be a language code such as vi")
        String relevanceLanguage,
        boolean includeComments,
        @Between(min = 1, max = 50) int pageSize,
        @AtLeast(1) int backfillPages,
        @Between(min = 0, max = RecentPosts.MAX_HOURS) int revisitHours) {

    public enum Mode { SEARCH, CHANNEL }
}
