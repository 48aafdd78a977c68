package vn.langnghe.harvest.connector;

import java.util.List;

/**
 * One page of items and the cursor to resume after it.
 *
 * @param items      the items, in the platform's order
 * @param nextCursor what to pass to the next {@link Connector#fetch} call; kept by the harvester even
 *                   when {@code more} is false, so the next scheduled run continues from there (for
 *                   example a newest-id marker). {@code null} means "start again from the beginning".
 * @param more       whether another page is available right now
 */
public record Page(List<HarvestedItem> items, String nextCursor, boolean more) {

    public Page {
        items = List.copyOf(items);
    }

    public static Page last(List<HarvestedItem> items, String nextCursor) {
        return new Page(items, nextCursor, false);
    }

    public static Page next(List<HarvestedItem> items, String nextCursor) {
        return new Page(items, nextCursor, nextCursor != null);
    }
}
