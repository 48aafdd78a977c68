package vn.langnghe.harvest.connector.replay;

import java.util.List;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * Serves the demo recording in pages, oldest first. It holds only what a platform would say (text,
 * author, dates, engagement, thread): the analysis finds the sentiment, topics and regions itself.
 */
final class ReplayConnector implements Connector {
    private final ReplayConfig config;
    private final ConnectorContext context;
    /** Read on the first page of a run, dated from that moment, and kept for its other pages. */
    private List<HarvestedItem> all;

    ReplayConnector(ReplayConfig config, ConnectorContext context) {
        this.config = config;
        this.context = context;
    }

    @Override
    public Page fetch(String cursor) throws SourceConfigException {
        int offset;
        try {
            offset = cursor == null ? 0 : Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw new SourceConfigException("the saved cursor \"" + cursor + "\" is not an offset; reset the cursor to "
                    + "start over");
        }
        if (all == null) {
            all = DemoRecording.items(context.clock().instant());
        }
        int from = Math.min(offset, all.size());
        int to = Math.min(from + config.pageSize(), all.size());
        List<HarvestedItem> items = all.subList(from, to);
        String next = Integer.toString(to);
        return to < all.size() ? Page.next(items, next) : Page.last(items, next);
    }
}
