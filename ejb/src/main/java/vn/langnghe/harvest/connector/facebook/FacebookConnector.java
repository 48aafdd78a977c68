package vn.langnghe.harvest.connector.facebook;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RecentPosts;

/**
 * A walk reads the Page's posts newest first; after each page of posts it reads, one request per
 * page, the comments of the posts that have some ({@code filter=stream} gives replies too, each naming
 * its parent). When the walk ends, the newest post time is kept and the next walk asks only for newer
 * posts ({@code since}).
 *
 * <p>Comments keep coming after a post is taken, so a walk begins by reading again the comments of
 * the recent posts (created within {@code revisitHours}, the newest {@link RecentPosts#MAX}); the
 * comments read again replace themselves (same ids) with their new counts.
 *
 * <p>Cursor parts: {@code since} (epoch seconds of the newest post taken) and {@code recent} (the
 * recent posts, {@code id@epoch}), kept between walks; {@code after} (paging of the next page of
 * posts), {@code pages}, {@code top} (newest post of this walk), {@code fresh} (this walk's new posts),
 * {@code posts} (posts whose comments are still to read, the first one in hand), {@code ca} (paging of
 * its comments) and {@code then} (the walk's posts are still to read after the recent posts' comments).
 */
final class FacebookConnector implements Connector {
    static final String POST_FIELDS = "id,message,created_time,permalink_url,shares,"
            + "reactions.summary(total_count),comments.summary(total_count)";
    static final String COMMENT_FIELDS = "id,message,created_time,from,like_count,comment_count,parent,permalink_url";
    /** Posts with no comments found are followed in the same fetch, up to this many requests. */
    private static final int MAX_STEPS = 8;

    private final FacebookConfig config;
    private final GraphApi api;
    private final RecentPosts recent;

    FacebookConnector(FacebookConfig config, GraphApi api, java.time.Clock clock) {
        this.config = config;
        this.api = api;
        this.recent = new RecentPosts(clock, config.revisitHours());
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor cursor = Cursor.parse(cursorText);
        if (cursor.get("pages") == null && cursor.get("posts") == null && cursor.get("then") == null) {
            cursor = recent.startWalk(cursor, config.includeComments(), "posts", "posts");
        }
        List<HarvestedItem> items = new ArrayList<>();
        for (int step = 0; step < MAX_STEPS; step++) {
            cursor = cursor.get("posts") != null ? commentStep(cursor, items) : postStep(cursor, items);
            if (cursor.get("after") == null && cursor.get("posts") == null && cursor.get("then") == null) {
                String since = cursor.get("top") != null ? cursor.get("top") : cursor.get("since");
                Cursor end = Cursor.empty().with("since", since).with("recent", recent.merge(cursor.get("fresh"), cursor.get("recent")));
                return Page.last(items, end.text()).withNote(api.takeQuotaNote());
            }
            if (!items.isEmpty()) {
                break;
            }
        }
        return new Page(items, cursor.text(), true).withNote(api.takeQuotaNote());
    }

    private Cursor postStep(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        Long since = c.longPart("since");
        long top = c.longPart("top", since == null ? 0 : since);
        int pages = c.intPart("pages", 0) + 1;
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fields", POST_FIELDS);
        p.put("limit", Integer.toString(config.pageSize()));
        p.put("since", since == null ? null : since.toString());
        GraphApi.ListPage page = api.list("/" + config.pageId() + "/posts", p, c.get("after"));
        List<String> withComments = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        boolean reachedKnown = false;
        for (JsonObject post : page.data()) {
            long created = FacebookItems.created(post).getEpochSecond();
            if (since != null && created <= since) {
                // since is inclusive on Facebook's side: the newest post of the last walk comes again
                reachedKnown = true;
                continue;
            }
            top = Math.max(top, created);
            FacebookItems.post(post).ifPresent(out::add);
            fresh.add(RecentPosts.entry(JsonReplies.str(post, "id"), FacebookItems.created(post)));
            long comments = JsonReplies.num(JsonReplies.obj(JsonReplies.obj(post, "comments"), "summary"), "total_count");
            if (config.includeComments() && comments > 0) {
                withComments.add(JsonReplies.str(post, "id"));
            }
        }
        boolean backfillDone = since == null && pages >= config.backfillPages();
        String next = !reachedKnown && !backfillDone ? page.next() : null;
        String kept = fresh.isEmpty() ? c.get("fresh") : recent.merge(String.join(",", fresh), c.get("fresh"));
        return c.with("after", next).with("pages", Integer.toString(pages))
                .with("top", top > 0 ? Long.toString(top) : null).with("then", null).with("fresh", kept)
                .with("posts", withComments.isEmpty() ? null : String.join(",", withComments));
    }

    private Cursor commentStep(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        List<String> posts = List.of(c.get("posts").split(","));
        String post = posts.get(0);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fields", COMMENT_FIELDS);
        p.put("filter", "stream");
        p.put("order", "chronological");
        p.put("limit", Integer.toString(config.pageSize()));
        Optional<GraphApi.ListPage> page = api.listIfExists("/" + post + "/comments", p, c.get("ca"));
        if (page.isPresent()) {
            for (JsonObject comment : page.get().data()) {
                FacebookItems.comment(comment, post).ifPresent(out::add);
            }
            if (page.get().next() != null) {
                return c.with("ca", page.get().next());
            }
        }
        List<String> rest = posts.subList(1, posts.size());
        return c.with("ca", null).with("posts", rest.isEmpty() ? null : String.join(",", rest));
    }
}
