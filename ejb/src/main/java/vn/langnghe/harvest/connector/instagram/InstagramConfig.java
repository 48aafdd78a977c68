package vn.langnghe.harvest.connector.instagram;

import jakarta.validation.constraints.NotNull;
import vn.langnghe.harvest.connector.RecentPosts;
import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;
import vn.langnghe.harvest.connector.constraints.RequiredPattern;

/**
 * @param apiBaseUrl      the Graph API root with its version, {@code https://graph.facebook.com/v21.0}
 * @param mode            {@code HASHTAG} (public media of the last 24 hours with a hashtag: run at least
 *                        daily) or {@code ACCOUNT} (the business account's own media)
 * @param igUserId        the Instagram business or creator account id; hashtag searches are made on its
 *                        behalf and count against its 30 unique hashtags per 7 days
 * @param hashtag         without '#', for {@code HASHTAG}
 * @param includeComments also take comments and replies; only the account's own media allow it
 * @param pageSize        media or comments per request ({@code limit}; hashtag media allow up to 50, the
 *                        account's own up to 100)
 * @param backfillPages   how many pages of media the first run reads before it only follows new ones
 * @param revisitHours    with comments: each walk first reads again the comments of the account's media
 *                        posted within this many hours (the newest {@link vn.langnghe.harvest.connector.RecentPosts#MAX}),
 *                        so that comments written later come in; 0: comments of new media only
 */
public record InstagramConfig(
        @HttpUrl String apiBaseUrl,
        @NotNull(message = "must be HASHTAG or ACCOUNT") Mode mode,
        @RequiredPattern(regexp = "\\d+", message = "must be the numeric id of the Instagram business account")
        String igUserId,
        String hashtag,
        boolean includeComments,
        @Between(min = 1, max = 50, groups = ReadsAHashtag.class)
        @Between(min = 1, max = 100, groups = ReadsTheAccount.class) int pageSize,
        @AtLeast(1) int backfillPages,
        @Between(min = 0, max = RecentPosts.MAX_HOURS) int revisitHours) {

    public enum Mode {
        HASHTAG(ReadsAHashtag.class), ACCOUNT(ReadsTheAccount.class);

        /** The constraints that hold in this mode only (checked by the factory once the mode is known). */
        final Class<?> constraints;

        Mode(Class<?> constraints) {
            this.constraints = constraints;
        }
    }

    /** Constraint group of {@code HASHTAG}. */
    interface ReadsAHashtag {
    }

    /** Constraint group of {@code ACCOUNT}. */
    interface ReadsTheAccount {
    }
}
