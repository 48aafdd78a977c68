package vn.langnghe.harvest.connector.facebook;

import vn.langnghe.harvest.connector.RecentPosts;
import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;
import vn.langnghe.harvest.connector.constraints.RequiredPattern;

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
public record FacebookConfig(
        @HttpUrl String apiBaseUrl,
        @RequiredPattern(regexp = "[\\w.]+", message = "must be the Page's id or username") String pageId,
        boolean includeComments,
        @Between(min = 1, max = 100) int pageSize,
        @AtLeast(1) int backfillPages,
        @Between(min = 0, max = RecentPosts.MAX_HOURS) int revisitHours) {
}
