package vn.langnghe.harvest.connector.x;

/**
 * @param apiBaseUrl      the API host, {@code https://api.x.com}
 * @param query           a recent-search query in X's operator syntax, e.g. {@code "kẹt xe" (sài gòn OR hcm)}
 * @param excludeRetweets add {@code -is:retweet}: a retweet repeats someone else's words, cut short
 * @param maxResults      posts per request (the API allows 10 to 100)
 * @param backfillPages   how many pages of the last seven days the first run reads before it only
 *                        follows new posts (every post read counts against the project's usage cap)
 */
public record XConfig(String apiBaseUrl, String query, boolean excludeRetweets, int maxResults, int backfillPages) {
}
