package vn.langnghe.harvest.connector.feed;

import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.HttpUrl;

/**
 * @param feedUrl           the feed, e.g. {@code https://vnexpress.net/rss/thoi-su.rss}
 * @param followLinks       add each article's full text from its linked page to the feed's summary
 *                          (one more request per article; only links on the feed's own site; links
 *                          that cannot be read are named in the run's notes)
 * @param maxArticlesPerRun the most entries one run takes; a larger backlog is taken over the next runs
 */
public record FeedConfig(@HttpUrl String feedUrl, boolean followLinks, @AtLeast(1) int maxArticlesPerRun) {
}
