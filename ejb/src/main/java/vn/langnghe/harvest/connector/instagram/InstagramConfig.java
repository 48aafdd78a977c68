package vn.langnghe.harvest.connector.instagram;

/**
 * @param apiBaseUrl      the Graph API root with its version, {@code https://graph.facebook.com/v21.0}
 * @param mode            {@code HASHTAG} (public media of the last 24 hours with a hashtag: run at least
 *                        daily) or {@code ACCOUNT} (the business account's own media)
 * @param igUserId        the Instagram business or creator account id; hashtag searches are made on its
 *                        behalf and count against its 30 unique hashtags per 7 days
 * @param hashtag         without '#', for {@code HASHTAG}
 * @param includeComments also take comments and replies; only the account's own media allow it
 * @param pageSize        media or comments per request ({@code limit}; hashtag media allow up to 50)
 * @param backfillPages   how many pages of media the first run reads before it only follows new ones
 * @param revisitHours    with comments: each walk first reads again the comments of the account's media
 *                        posted within this many hours (the newest {@link vn.langnghe.harvest.connector.RecentPosts#MAX}),
 *                        so that comments written later come in; 0: comments of new media only
 */
public record InstagramConfig(String apiBaseUrl, Mode mode, String igUserId, String hashtag, boolean includeComments,
                              int pageSize, int backfillPages, int revisitHours) {

    public enum Mode { HASHTAG, ACCOUNT }
}
