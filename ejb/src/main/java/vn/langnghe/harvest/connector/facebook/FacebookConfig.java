package vn.langnghe.harvest.connector.facebook;

/**
 * @param apiBaseUrl      the Graph API root with its version, {@code https://graph.facebook.com/v21.0}
 * @param pageId          the Page's numeric id (or its username)
 * @param includeComments also take each new post's comments and replies
 * @param pageSize        posts or comments per request ({@code limit}; the API allows up to 100)
 * @param backfillPages   how many pages of posts the first run reads before it only follows new ones
 * @param revisitHours    comments keep coming after a post is taken: each walk first reads again the
 *                        comments of the posts created within this many hours (at most
 *                        {@link vn.langnghe.harvest.connector.RecentPosts#MAX} of them); 0 takes comments of new posts only
 */
public record FacebookConfig(String apiBaseUrl, String pageId, boolean includeComments, int pageSize,
                             int backfillPages, int revisitHours) {
}
