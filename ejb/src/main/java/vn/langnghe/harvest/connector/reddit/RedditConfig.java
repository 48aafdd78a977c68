package vn.langnghe.harvest.connector.reddit;

import jakarta.validation.constraints.NotNull;
import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;
import vn.langnghe.harvest.connector.constraints.RequiredPattern;

/**
 * @param oauthBaseUrl    the API host used with an access token, {@code https://oauth.reddit.com}
 * @param publicBaseUrl   the host used without one, {@code https://www.reddit.com} (Reddit limits and
 *                        often blocks such requests; a token is strongly advised)
 * @param mode            {@code SUBREDDIT}: its new posts; {@code SEARCH}: posts matching {@code query}
 *                        within it, newest first; {@code COMMENTS}: its newest comments, on any post
 * @param subreddit       e.g. {@code saigon}; {@code r/saigon} and {@code /r/saigon/} are taken as the same
 *                        (the forms {@link RedditConnector#subredditName} reads)
 * @param query           Reddit search syntax, for {@code SEARCH}
 * @param pageSize        items per request (Reddit allows up to 100)
 * @param includeComments for posts, also read each new post's comment tree (one request per post)
 * @param backfillPages   how many pages of history the first run reads before it only follows new items
 */
public record RedditConfig(
        @HttpUrl String oauthBaseUrl,
        @HttpUrl String publicBaseUrl,
        @NotNull(message = "must be SUBREDDIT, SEARCH or COMMENTS") Mode mode,
        @RequiredPattern(regexp = "\\s*(/?r/)?[A-Za-z0-9_]{2,21}/*\\s*",
                message = "must be a subreddit name such as saigon (letters, digits, _)") String subreddit,
        String query,
        @Between(min = 1, max = 100) int pageSize,
        boolean includeComments,
        @AtLeast(1) int backfillPages) {

    public enum Mode { SUBREDDIT, SEARCH, COMMENTS }
}
