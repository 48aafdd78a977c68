package vn.langnghe.harvest.connector.reddit;

/**
 * @param oauthBaseUrl    the API host used with an access token, {@code https://oauth.reddit.com}
 * @param publicBaseUrl   the host used without one, {@code https://www.reddit.com} (Reddit limits and
 *                        often blocks such requests; a token is strongly advised)
 * @param mode            {@code SUBREDDIT}: its new posts; {@code SEARCH}: posts matching {@code query}
 *                        within it, newest first; {@code COMMENTS}: its newest comments, on any post
 * @param subreddit       without {@code r/}, e.g. {@code saigon}
 * @param query           Reddit search syntax, for {@code SEARCH}
 * @param pageSize        items per request (Reddit allows up to 100)
 * @param includeComments for posts, also read each new post's comment tree (one request per post)
 * @param backfillPages   how many pages of history the first run reads before it only follows new items
 */
public record RedditConfig(String oauthBaseUrl, String publicBaseUrl, Mode mode, String subreddit, String query,
                           int pageSize, boolean includeComments, int backfillPages) {

    public enum Mode { SUBREDDIT, SEARCH, COMMENTS }
}
