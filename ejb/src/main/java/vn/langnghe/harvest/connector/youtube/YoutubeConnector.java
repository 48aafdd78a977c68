package vn.langnghe.harvest.connector.youtube;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RecentPosts;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * A walk reads the video list newest first; after each page of videos it reads the comments of the
 * videos that have some, one request per page: comment threads of a video, then the replies of a
 * thread whose replies did not all come with it. When the walk ends, the newest publish time seen is
 * kept so the next walk takes only newer videos.
 *
 * <p>Comments keep coming after a video is taken, so a walk begins by reading again the comment threads
 * of the recent videos (published within {@code revisitHours}); what is read again replaces itself.
 *
 * <p>Cursor parts kept between walks: {@code since} (newest video already taken), {@code uploads}
 * (the channel's uploads playlist, looked up once), {@code recent} (recent videos, {@code id@epoch}).
 * During a walk also {@code fresh} (its new videos) and {@code then} (the video list is still to
 * read after the recent videos' comments). Parts of the walk in progress: {@code list} (token
 * of the next video page), {@code pages}, {@code top} (newest video of this walk), {@code videos}
 * (videos whose comments are still to read, the first one in hand), {@code ct} (its comment page
 * token), {@code threads} and {@code rv} (threads whose replies are read through {@code comments.list},
 * and their video), {@code rt} (the reply page token).
 */
final class YoutubeConnector implements Connector {
    /** The most the comment lists allow per request: fewer requests spend less quota. */
    private static final int COMMENTS_PER_REQUEST = 100;
    /** videos.list takes at most 50 ids. */
    private static final int IDS_PER_REQUEST = 50;
    /**
     * Steps that find nothing (a video whose comments were turned off) are followed within the same
     * fetch, up to this many requests, so a page is rarely empty.
     */
    private static final int MAX_STEPS = 8;
    /**
     * Search results can show up some time after a video is published, so a later walk searches from
     * this much before the newest video it already has: the few videos read again replace themselves
     * (same id) instead of late ones being missed.
     */
    static final Duration SEARCH_LOOKBACK = Duration.ofHours(3);
    /** Comment reads that end quietly: the video's comments are off, or it went away since it was listed. */
    private static final Set<String> VIDEO_WITHOUT_COMMENTS = Set.of("commentsDisabled", "videoNotFound");

    private final YoutubeConfig config;
    private final YoutubeApi api;
    private final ConnectorContext context;

    private final RecentPosts recent;

    YoutubeConnector(YoutubeConfig config, YoutubeApi api, ConnectorContext context) {
        this.config = config;
        this.api = api;
        this.context = context;
        this.recent = new RecentPosts(context.clock(), config.revisitHours());
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor cursor = Cursor.parse(cursorText);
        if (cursor.get("pages") == null && cursor.get("videos") == null && cursor.get("threads") == null
                && cursor.get("then") == null) {
            cursor = recent.startWalk(cursor, config.includeComments(), "videos", "list");
        }
        List<HarvestedItem> items = new ArrayList<>();
        for (int step = 0; step < MAX_STEPS; step++) {
            cursor = step(cursor, items);
            if (cursor.get("list") == null && cursor.get("videos") == null && cursor.get("threads") == null
                    && cursor.get("then") == null) {
                Instant newest = later(cursor.instantPart("since"), cursor.instantPart("top"));
                return Page.last(items, Cursor.empty().with("since", newest == null ? null : newest.toString())
                        .with("uploads", cursor.get("uploads"))
                        .with("recent", recent.merge(cursor.get("fresh"), cursor.get("recent"))).text());
            }
            if (!items.isEmpty()) {
                break;
            }
        }
        return new Page(items, cursor.text(), true);
    }

    private Cursor step(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        if (c.get("threads") != null) {
            return replyStep(c, out);
        }
        if (c.get("videos") != null) {
            return threadStep(c, out);
        }
        return videoStep(c, out);
    }

    // ---- videos ----

    private record Listed(String id, Instant published) {
    }

    private record VideoPage(List<Listed> videos, String next) {
    }

    private Cursor videoStep(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        Instant since = c.instantPart("since");
        Instant top = c.instantPart("top");
        int pages = c.intPart("pages", 0) + 1;
        if (since != null && config.mode() == YoutubeConfig.Mode.SEARCH) {
            since = since.minus(SEARCH_LOOKBACK);
        }
        if (config.mode() == YoutubeConfig.Mode.CHANNEL && c.get("uploads") == null) {
            c = c.with("uploads", uploadsPlaylist());
        }
        VideoPage page = config.mode() == YoutubeConfig.Mode.SEARCH
                ? searchPage(c.get("list"), since) : uploadsPage(c.get("uploads"), c.get("list"));
        List<String> fresh = new ArrayList<>();
        boolean reachedKnown = false;
        for (Listed v : page.videos()) {
            if (since != null && v.published() != null && !v.published().isAfter(since)) {
                reachedKnown = true;
            } else {
                fresh.add(v.id());
            }
        }
        List<HarvestedItem> videos = details(fresh);
        out.addAll(videos);
        List<String> withComments = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (HarvestedItem v : videos) {
            top = later(top, v.createdAt());
            taken.add(RecentPosts.entry(v.nativeId(), v.createdAt()));
            if (config.includeComments() && v.comments() > 0) {
                withComments.add(v.nativeId());
            }
        }
        boolean backfillDone = since == null && pages >= config.backfillPages();
        String next = page.next() != null && !reachedKnown && !backfillDone ? page.next() : null;
        String kept = taken.isEmpty() ? c.get("fresh") : recent.merge(String.join(",", taken), c.get("fresh"));
        return c.with("list", next).with("pages", Integer.toString(pages))
                .with("top", top == null ? null : top.toString())
                .with("then", null).with("fresh", kept).with("videos", join(withComments));
    }

    private VideoPage searchPage(String token, Instant since) throws ConnectorException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("part", "snippet");
        p.put("type", "video");
        p.put("order", "date");
        p.put("q", config.query());
        p.put("maxResults", Integer.toString(config.pageSize()));
        p.put("regionCode", config.regionCode());
        p.put("relevanceLanguage", config.relevanceLanguage());
        p.put("publishedAfter", since == null ? null : since.toString());
        p.put("pageToken", token);
        JsonObject reply = api.get("search", p);
        List<Listed> videos = new ArrayList<>();
        for (JsonObject r : objects(reply, "search.list")) {
            JsonObject id = JsonReplies.obj(r, "id");
            String videoId = JsonReplies.str(id, "videoId");
            if ("youtube#video".equals(JsonReplies.str(id, "kind")) && videoId != null) {
                videos.add(new Listed(videoId, JsonReplies.instant(JsonReplies.obj(r, "snippet"), "publishedAt")));
            }
        }
        return new VideoPage(videos, JsonReplies.str(reply, "nextPageToken"));
    }

    private String uploadsPlaylist() throws ConnectorException {
        JsonObject reply = api.get("channels", Map.of("part", "contentDetails", "id", config.channelId()));
        // an unknown channel is an empty answer, not an error: the list simply has no items
        List<JsonObject> channels = reply.containsKey("items") ? objects(reply, "channels.list") : List.of();
        String uploads = channels.isEmpty() ? null : JsonReplies.str(JsonReplies.obj(JsonReplies.obj(
                channels.get(0), "contentDetails"), "relatedPlaylists"), "uploads");
        if (uploads == null) {
            throw new SourceConfigException("YouTube has no channel with the id " + config.channelId()
                    + " (or it lists no uploads)");
        }
        return uploads;
    }

    private VideoPage uploadsPage(String playlistId, String token) throws ConnectorException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("part", "contentDetails");
        p.put("playlistId", playlistId);
        p.put("maxResults", Integer.toString(config.pageSize()));
        p.put("pageToken", token);
        JsonObject reply = api.get("playlistItems", p);
        List<Listed> videos = new ArrayList<>();
        for (JsonObject r : objects(reply, "playlistItems.list")) {
            JsonObject details = JsonReplies.obj(r, "contentDetails");
            String videoId = JsonReplies.str(details, "videoId");
            if (videoId != null) {
                // the video's own publish time; the playlist item's snippet date is when it was added
                videos.add(new Listed(videoId, JsonReplies.instant(details, "videoPublishedAt")));
            }
        }
        return new VideoPage(videos, JsonReplies.str(reply, "nextPageToken"));
    }

    /** Full snippets and counts, in the list's order; private or deleted videos are left out by the API. */
    private List<HarvestedItem> details(List<String> ids) throws ConnectorException {
        Map<String, HarvestedItem> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST));
            JsonObject reply = api.get("videos", Map.of("part", "snippet,statistics", "id", String.join(",", batch)));
            for (JsonObject v : objects(reply, "videos.list")) {
                HarvestedItem item = YoutubeItems.video(v);
                byId.put(item.nativeId(), item);
            }
        }
        List<HarvestedItem> ordered = new ArrayList<>();
        for (String id : ids) {
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        }
        return ordered;
    }

    // ---- comments ----

    private Cursor threadStep(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        List<String> videos = split(c.get("videos"));
        String video = videos.get(0);
        String rest = join(videos.subList(1, videos.size()));
        Map<String, String> p = new LinkedHashMap<>();
        p.put("part", "snippet,replies");
        p.put("videoId", video);
        p.put("maxResults", Integer.toString(COMMENTS_PER_REQUEST));
        p.put("order", "time");
        p.put("textFormat", "plainText");
        p.put("pageToken", c.get("ct"));
        Optional<JsonObject> reply = api.getUnless("commentThreads", p, VIDEO_WITHOUT_COMMENTS);
        if (reply.isEmpty()) {
            return c.with("videos", rest).with("ct", null);
        }
        List<String> repliesToWalk = new ArrayList<>();
        for (JsonObject thread : objects(reply.get(), "commentThreads.list")) {
            JsonObject snippet = JsonReplies.obj(thread, "snippet");
            JsonObject top = JsonReplies.obj(snippet, "topLevelComment");
            String threadId = JsonReplies.str(thread, "id");
            if (top == null || threadId == null) {
                throw new BadReplyException("a YouTube comment thread lacks its id or top-level comment");
            }
            long total = JsonReplies.num(snippet, "totalReplyCount");
            YoutubeItems.comment(top, video, video, total).ifPresent(out::add);
            JsonObject replies = JsonReplies.obj(thread, "replies");
            List<JsonObject> included = replies == null ? List.of() : objects(replies, "comments", "commentThreads.list replies");
            if (included.size() < total) {
                // the thread carries only some replies: comments.list gives them all, so take none here
                repliesToWalk.add(threadId);
            } else {
                for (JsonObject r : included) {
                    YoutubeItems.comment(r, threadId, video, 0).ifPresent(out::add);
                }
            }
        }
        String next = JsonReplies.str(reply.get(), "nextPageToken");
        Cursor n = next != null ? c.with("ct", next) : c.with("ct", null).with("videos", rest);
        return repliesToWalk.isEmpty() ? n : n.with("threads", join(repliesToWalk)).with("rv", video);
    }

    private Cursor replyStep(Cursor c, List<HarvestedItem> out) throws ConnectorException {
        List<String> threads = split(c.get("threads"));
        String thread = threads.get(0);
        String video = c.get("rv");
        Map<String, String> p = new LinkedHashMap<>();
        p.put("part", "snippet");
        p.put("parentId", thread);
        p.put("maxResults", Integer.toString(COMMENTS_PER_REQUEST));
        p.put("textFormat", "plainText");
        p.put("pageToken", c.get("rt"));
        // a thread deleted since it was listed has no replies left to read
        Optional<JsonObject> reply = api.getUnless("comments", p, Set.of("commentNotFound"));
        String next = null;
        if (reply.isPresent()) {
            for (JsonObject r : objects(reply.get(), "comments.list")) {
                YoutubeItems.comment(r, thread, video, 0).ifPresent(out::add);
            }
            next = JsonReplies.str(reply.get(), "nextPageToken");
        }
        if (next != null) {
            return c.with("rt", next);
        }
        String rest = join(threads.subList(1, threads.size()));
        return c.with("rt", null).with("threads", rest).with("rv", rest == null ? null : video);
    }

    // ---- helpers ----

    private List<JsonObject> objects(JsonObject reply, String where) throws BadReplyException {
        return objects(reply, "items", where);
    }

    private List<JsonObject> objects(JsonObject reply, String list, String where) throws BadReplyException {
        JsonArray items = JsonReplies.requireArray(reply, list, "YouTube " + where);
        context.checkPageSize(items.size());
        List<JsonObject> objects = new ArrayList<>(items.size());
        for (JsonValue v : items) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadReplyException("an entry of the YouTube " + where + " reply is not an object");
            }
            objects.add(v.asJsonObject());
        }
        return objects;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static String join(List<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }
}
