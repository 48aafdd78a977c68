package vn.langnghe.harvest.connector.mastodon;

/**
 * @param instanceUrl   the instance, e.g. {@code https://mastodon.social}
 * @param timeline      {@code TAG} (statuses with a hashtag) or {@code PUBLIC} (the federated or local timeline)
 * @param hashtag       without '#', for {@code TAG}
 * @param localOnly     only statuses from this instance
 * @param pageSize      statuses per request (the API allows up to 40)
 * @param backfillPages how many pages of history the first run reads before it only follows new posts
 */
public record MastodonConfig(String instanceUrl, Timeline timeline, String hashtag, boolean localOnly, int pageSize,
                             int backfillPages) {

    public enum Timeline { TAG, PUBLIC }
}
