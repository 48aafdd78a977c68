package vn.langnghe.harvest.connector.mastodon;

import jakarta.validation.constraints.NotNull;
import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;

/**
 * @param instanceUrl   the instance, e.g. {@code https://mastodon.social}
 * @param timeline      {@code TAG} (statuses with a hashtag) or {@code PUBLIC} (the federated or local timeline)
 * @param hashtag       without '#', for {@code TAG}
 * @param localOnly     only statuses from this instance
 * @param pageSize      statuses per request (the API allows up to 40)
 * @param backfillPages how many pages of history the first run reads before it only follows new posts
 */
public record MastodonConfig(
        @HttpUrl String instanceUrl,
        @NotNull(message = "must be TAG or PUBLIC") Timeline timeline,
        String hashtag,
        boolean localOnly,
        @Between(min = 1, max = 40) int pageSize,
        @AtLeast(1) int backfillPages) {

    public enum Timeline { TAG, PUBLIC }
}
