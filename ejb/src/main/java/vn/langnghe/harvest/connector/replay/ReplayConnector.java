package vn.langnghe.harvest.connector.replay;

import java.util.List;
import vn.langnghe.demo.DemoDataset;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.SourceConfigException;
import vn.langnghe.index.Post;

/**
 * Serves the demo dataset in pages. Only what a platform would say is passed on (text, author, dates,
 * engagement, thread): the dataset's own labels are dropped, and the analysis finds them again.
 */
final class ReplayConnector implements Connector {
    private final ReplayConfig config;
    private final ConnectorContext context;
    /** Generated on the first page of a run and kept for its other pages. */
    private List<Post> all;

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
            all = DemoDataset.generate(config.seed(), context.clock().instant());
        }
        int from = Math.min(offset, all.size());
        int to = Math.min(from + config.pageSize(), all.size());
        List<HarvestedItem> items = all.subList(from, to).stream().map(ReplayConnector::item).toList();
        String next = Integer.toString(to);
        return to < all.size() ? Page.next(items, next) : Page.last(items, next);
    }

    static HarvestedItem item(Post p) {
        String nativeId = p.id().substring(p.platform().length() + 1);
        return HarvestedItem.builder(p.platform(), nativeId)
                .kind(p.kind())
                .url(p.url())
                .replyTo(nativeOf(p, p.parentId()), nativeOf(p, p.threadId()))
                .author(p.authorName(), p.authorId())
                .title(p.title())
                .text(p.text())
                .createdAt(p.createdAt())
                .likes(p.likes()).shares(p.shares()).comments(p.comments()).views(p.views())
                .build();
    }

    private static String nativeOf(Post p, String id) {
        return id == null ? null : id.substring(p.platform().length() + 1);
    }
}
