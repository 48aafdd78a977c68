package vn.langnghe.harvest.connector.x;

import jakarta.validation.constraints.NotBlank;
import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;

/**
 * @param apiBaseUrl      the API host, {@code https://api.x.com}
 * @param query           a recent-search query in X's operator syntax, e.g. {@code "kẹt xe" (sài gòn OR hcm)}
 * @param excludeRetweets add {@code -is:retweet}: a retweet repeats someone else's words, cut short
 * @param maxResults      posts per request (the API allows 10 to 100)
 * @param backfillPages   how many pages of the last seven days the first run reads before it only
 *                        follows new posts (every post read counts against the project's usage cap)
 */
public record XConfig(
        @HttpUrl String apiBaseUrl,
        @NotBlank(message = "is needed") String query,
        boolean excludeRetweets,
        @Between(min = 10, max = 100) int maxResults,
        @AtLeast(1) int backfillPages) {
}
