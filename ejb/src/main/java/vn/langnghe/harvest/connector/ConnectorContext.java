package vn.langnghe.harvest.connector;

import java.time.Clock;

/**
 * What the harvester lends a connector: an HTTP client with the platform-wide limits, the clock, and
 * the page limits.
 *
 * @param maxItemsPerPage a reply with more items than this is refused as a {@link BadReplyException}
 *                        (a "page" of a million items is an attack or a bug, not a page)
 */
public record ConnectorContext(HttpFetcher http, Clock clock, int maxItemsPerPage) {

    public static ConnectorContext defaults() {
        return new ConnectorContext(new HttpFetcher(HttpFetcher.Limits.DEFAULTS), Clock.systemUTC(), 5_000);
    }

    /** Throws when a page holds more items than allowed; call before converting the items. */
    public void checkPageSize(int items) throws BadReplyException {
        if (items > maxItemsPerPage) {
            throw new BadReplyException("the reply holds " + items + " items, more than the limit of "
                    + maxItemsPerPage + " per page");
        }
    }
}
