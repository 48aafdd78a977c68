package vn.langnghe.harvest.connector.instagram;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RecentPosts;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.SourceConfigException;
import vn.langnghe.harvest.connector.facebook.GraphApi;

/**
 * A walk reads media newest first; in {@code ACCOUNT} mode, after each page of media it reads the
 * comments of the media that have some, one request per page, with their replies nested; a comment
 * whose nested replies go on past one page has them read from {@code /{comment-id}/replies}. When the
 * walk ends, the newest media time is kept so the next walk takes only newer media.
 *
 * <p>Cursor parts kept between walks: {@code since} (newest media taken), {@code tag} (the hashtag's
 * id: ids are static, and looking it up once spares a search). Parts of the walk in progress:
 * {@code after} (paging of the next media page), {@code pages}, {@code top}, {@code media} (media whose
 * comments are still to read, the first one in hand), {@code ca} (paging of its comments),
 * {@code threads} and {@code rm} (comments whose replies are read separately, and their media),
 * {@code ra} (paging of those replies).
 */
final class InstagramConnector implements Connector {
    static final String HASHTAG_MEDIA_FIELDS = "id,caption,media_type,permalink,timestamp,like_count,comments_count";
    static final String ACCOUNT_MEDIA_FIELDS = HASHTAG_MEDIA_FIELDS + ",username";
    static final String REPLY_FIELDS = "id,text,timestamp,username,like_count,from";
    static final String COMMENT_FIELDS = REPLY_FIELDS + ",replies{" + REPLY_FIELDS + "}";
    /**
     * The wait after the hashtag limit: a hashtag's slot frees 7 days after it was first queried and
     * the API does not say when that is for the oldest one, so the source asks again once a day.
     */
    static final Duration HASHTAG_LIMIT_WAIT = Duration.ofHours(24);
    /**
     * Media can reach a hashtag's recent list a while after they were posted, so a later walk takes
     * media from this much before the newest one it already has; those read again replace themselves.
     */
    static final Duration HASHTAG_LOOKBACK = Duration.ofHours(1);
    /** Media or comment pages that bring nothing are followed in the same fetch, up to this many requests. */
    private static final int MAX_STEPS = 8;

    private final InstagramConfig config;
    private final GraphApi api;
    /** Only the account's own media allow comments, so only they are read again. */
    private final RecentPosts recent;

    InstagramConnector(InstagramConfig config, GraphApi api, java.time.Clock clock) {
        this.config = config;
        this.api = api;
        this.recent = new RecentPosts(clock, config.mode() == InstagramConfig.Mode.ACCOUNT ? config.revisitHours() : 0);
    }

    /**
     * Code 18 is what the Graph API answers once the account has queried 30 unique hashtags in 7 days.
     * It is read as a wait, not a config error: the slots free themselves as the week rolls on, and the
     * source works again without an admin doing anything (the message says why it waits).
     */
    static Optional<ConnectorException> hashtagLimit(GraphApi.GraphError e) {
        if (e.code() != 18) {
            return Optional.empty();
        }
        return Optional.of(new RateLimitedException("the Instagram account has queried its 30 unique hashtags of the"
                + " last 7 days (" + e.message() + "); a slot frees 7 days after each hashtag was first queried,"
                + " so this source asks again in 24 h", HASHTAG_LIMIT_WAIT));
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor cursor = Cursor.parse(cursorText);
        if (cursor.get("pages") == null && cursor.get("media") == null && cursor.get("threads") == null
                && cursor.get("then") == null) {
            cursor = recent.startWalk(cursor, config.includeComments(), "media", "media");
        }
        List<HarvestedItem> items = new ArrayList<>();
        for (int step = 0; step < MAX_STEPS; step++) {
            if (cursor.get("threads") != null) {
                cursor = replyStep(cursor, items);
            } else if (cursor.get("media") != null) {
                cursor = commentStep(cursor, items);
            } else {
                cursor = mediaStep(cursor, items);
            }
            if (cursor.get("after") == null && cursor.get("media") == null && cursor.get("threads") == null
                    && cursor.get("then") == null) {
                String since = cursor.get("top") != null ? cursor.get("top") : cursor.get("since");
                return Page.last(items, Cursor.empty().with("since", since).with("tag", cursor.get("tag"))
                                .with("recent", recent.merge(cursor.get("fresh"), cursor.get("recent"))).text())
                        .withNote(api.takeQuotaNote());
            }
            if (!items.isEmpty()) {
                break;
            }
        }
        return new Page(items, cursor.text(), true).withNote(api.takeQuotaNote());
    }

    // ---- media ----

    private Cursor mediaStep(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        boolean hashtag = config.mode() == InstagramConfig.Mode.HASHTAG;
        Instant since = c.instantPart("since");
        Instant top = c.instantPart("top");
        int pages = c.intPart("pages", 0) + 1;
        if (since != null && hashtag) {
            since = since.minus(HASHTAG_LOOKBACK);
        }
        Map<String, String> p = new LinkedHashMap<>();
        GraphApi.ListPage page;
        if (hashtag) {
            if (c.get("tag") == null) {
                c = c.with("tag", hashtagId());
            }
            p.put("user_id", config.igUserId());
            p.put("fields", HASHTAG_MEDIA_FIELDS);
            p.put("limit", Integer.toString(config.pageSize()));
            page = api.list("/" + c.get("tag") + "/recent_media", p, c.get("after"));
        } else {
            p.put("fields", ACCOUNT_MEDIA_FIELDS);
            p.put("limit", Integer.toString(config.pageSize()));
            page = api.list("/" + config.igUserId() + "/media", p, c.get("after"));
        }
        boolean reachedKnown = false;
        List<String> withComments = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (JsonObject m : page.data()) {
            Instant at = InstagramItems.timestamp(m);
            if (since != null && !at.isAfter(since)) {
                // an account's media come newest first, so the rest is known; hashtag media promise no
                // order, but they cover only the last 24 hours, so reading them all costs little
                reachedKnown = !hashtag;
                continue;
            }
            top = top == null || at.isAfter(top) ? at : top;
            InstagramItems.media(m).ifPresent(out::add);
            taken.add(RecentPosts.entry(JsonReplies.str(m, "id"), at));
            if (config.includeComments() && !hashtag && JsonReplies.num(m, "comments_count") > 0) {
                withComments.add(JsonReplies.str(m, "id"));
            }
        }
        boolean backfillDone = since == null && pages >= config.backfillPages();
        String next = !reachedKnown && !backfillDone ? page.next() : null;
        String kept = taken.isEmpty() ? c.get("fresh") : recent.merge(String.join(",", taken), c.get("fresh"));
        return c.with("after", next).with("pages", Integer.toString(pages))
                .with("top", top == null ? null : top.toString()).with("then", null).with("fresh", kept)
                .with("media", join(withComments));
    }

    private String hashtagId() throws ConnectorException {
        String tag = config.hashtag().replaceFirst("^#", "");
        GraphApi.ListPage found = api.list("/ig_hashtag_search", Map.of("user_id", config.igUserId(), "q", tag), null);
        String id = found.data().isEmpty() ? null : JsonReplies.str(found.data().get(0), "id");
        if (id == null) {
            throw new SourceConfigException("Instagram knows no hashtag #" + tag);
        }
        return id;
    }

    // ---- comments ----

    private Cursor commentStep(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        List<String> media = split(c.get("media"));
        String m = media.get(0);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fields", COMMENT_FIELDS);
        p.put("limit", Integer.toString(config.pageSize()));
        // media deleted since it was listed: its comments end, not the source
        Optional<GraphApi.ListPage> page = api.listIfExists("/" + m + "/comments", p, c.get("ca"));
        List<String> repliesToWalk = new ArrayList<>();
        if (page.isPresent()) {
            for (JsonObject comment : page.get().data()) {
                String id = JsonReplies.str(comment, "id");
                InstagramItems.comment(comment, m, m).ifPresent(out::add);
                JsonObject replies = JsonReplies.obj(comment, "replies");
                if (replies == null) {
                    continue;
                }
                if (JsonReplies.str(JsonReplies.obj(replies, "paging"), "next") != null) {
                    // only the first replies came nested: the replies edge gives them all, so take none here
                    repliesToWalk.add(id);
                } else {
                    for (JsonObject r : nested(replies)) {
                        InstagramItems.comment(r, id, m).ifPresent(out::add);
                    }
                }
            }
        }
        String next = page.map(GraphApi.ListPage::next).orElse(null);
        Cursor n = next != null ? c.with("ca", next)
                : c.with("ca", null).with("media", join(media.subList(1, media.size())));
        return repliesToWalk.isEmpty() ? n : n.with("threads", join(repliesToWalk)).with("rm", m);
    }

    private Cursor replyStep(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        List<String> threads = split(c.get("threads"));
        String comment = threads.get(0);
        String m = c.get("rm");
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fields", REPLY_FIELDS);
        p.put("limit", Integer.toString(config.pageSize()));
        Optional<GraphApi.ListPage> page = api.listIfExists("/" + comment + "/replies", p, c.get("ra"));
        if (page.isPresent()) {
            for (JsonObject r : page.get().data()) {
                InstagramItems.comment(r, comment, m).ifPresent(out::add);
            }
            if (page.get().next() != null) {
                return c.with("ra", page.get().next());
            }
        }
        String rest = join(threads.subList(1, threads.size()));
        return c.with("ra", null).with("threads", rest).with("rm", rest == null ? null : m);
    }

    private static List<JsonObject> nested(JsonObject replies) throws BadReplyException {
        List<JsonObject> list = new ArrayList<>();
        for (JsonValue v : JsonReplies.requireArray(replies, "data", "Instagram nested replies")) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadReplyException("a nested Instagram reply is not an object");
            }
            list.add(v.asJsonObject());
        }
        return list;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static String join(List<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }
}
