package vn.langnghe.harvest.connector.tiktok;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.ClientCredentialsGrant;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * One request per fetch. A walk queries the videos of a window of days page by page; after each page
 * of videos, the comments of those that have any are read, video by video, before the next page of
 * videos. Cursor parts: {@code start}/{@code end} (the walk's window, YYYYMMDD, UTC), {@code vcur} and
 * {@code sid} (the video query's cursor and search_id), {@code vid}/{@code ccur} (the video whose
 * comments are being read and where), {@code queue} (the videos whose comments come next) and, between
 * walks, {@code from} (the day the last walk ended, asked again because it was not over).
 */
final class TikTokConnector implements Connector {
    static final String PLATFORM = "tiktok";
    static final String VIDEO_FIELDS = "id,video_description,create_time,region_code,share_count,view_count,"
            + "like_count,comment_count,username,hashtag_names";
    static final String COMMENT_FIELDS = "id,video_id,text,like_count,reply_count,parent_comment_id,create_time";

    private final TikTokConfig config;
    private final Credentials credentials;
    private final ClientCredentialsGrant grant;
    private final ConnectorContext context;

    TikTokConnector(TikTokConfig config, Credentials credentials, ClientCredentialsGrant grant, ConnectorContext context) {
        this.config = config;
        this.credentials = credentials;
        this.grant = grant;
        this.context = context;
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor cursor = Cursor.parse(cursorText);
        return cursor.get("vid") != null ? comments(cursor) : videos(cursor);
    }

    private Page videos(Cursor cursor) throws ConnectorException {
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        Cursor walk = cursor.get("start") != null ? cursor : newWalk(day(cursor, "from"), today);
        LocalDate start = day(walk, "start");
        LocalDate end = day(walk, "end");
        if (end == null) {
            // a walk always has both; without its end it goes on to today, as a new walk would
            end = today;
            walk = walk.with("end", TikTokQuery.DAY.format(today));
        }
        TikTokReply reply = post("/v2/research/video/query/", VIDEO_FIELDS,
                TikTokQuery.videos(config, start, end, walk.get("vcur"), walk.get("sid")));
        if (walk.get("sid") != null && reply.isExpiredSearch()) {
            // a walk paused past the search's lifetime starts its window again; ids keep re-reads harmless
            walk = walk.with("vcur", null).with("sid", null);
            reply = post("/v2/research/video/query/", VIDEO_FIELDS, TikTokQuery.videos(config, start, end, null, null));
        }
        JsonObject data = reply.data(context.clock());
        JsonArray videos = list(data, "videos", reply);
        context.checkPageSize(videos.size());
        List<HarvestedItem> items = new ArrayList<>(videos.size());
        List<String> withComments = new ArrayList<>();
        for (JsonValue v : videos) {
            JsonObject video = object(v, reply);
            TikTokItems.video(video).ifPresent(items::add);
            if (config.includeComments() && JsonReplies.num(video, "comment_count") > 0) {
                withComments.add(JsonReplies.str(video, "id"));
            }
        }
        boolean more = Boolean.TRUE.equals(bool(data, "has_more")) && !videos.isEmpty();
        String vcur = JsonReplies.str(data, "cursor");
        String sid = JsonReplies.str(data, "search_id");
        if (more && (vcur == null || sid == null)) {
            throw new BadReplyException("TikTok says more videos follow but gives no cursor or search_id to ask for them");
        }
        Cursor after = more
                ? Cursor.empty().with("start", walk.get("start")).with("end", walk.get("end")).with("vcur", vcur)
                        .with("sid", sid)
                : Cursor.empty().with("from", walk.get("end"));
        if (!withComments.isEmpty()) {
            return new Page(items, queue(after, withComments).text(), true);
        }
        return more ? new Page(items, after.text(), true) : Page.last(items, after.text());
    }

    /** The window of a new walk: from the day the last one ended (or daysBack ago) to today. */
    private Cursor newWalk(LocalDate from, LocalDate today) {
        LocalDate earliest = today.minusDays(config.daysBack());
        LocalDate start = from != null && from.isAfter(earliest) ? from : earliest;
        return Cursor.empty().with("start", TikTokQuery.DAY.format(start)).with("end", TikTokQuery.DAY.format(today));
    }

    /** A day of the cursor ({@code yyyyMMdd}), or null when it has none. */
    private static LocalDate day(Cursor c, String name) throws SourceConfigException {
        return c.part(name, "a date", text -> LocalDate.parse(text, TikTokQuery.DAY));
    }

    private Page comments(Cursor cursor) throws ConnectorException {
        String videoId = cursor.get("vid");
        long read = cursor.longPart("ccur", 0);
        int count = (int) Math.min(config.maxCount(), Math.max(1, config.maxCommentsPerVideo() - read));
        TikTokReply reply = post("/v2/research/video/comment/list/", COMMENT_FIELDS,
                TikTokQuery.comments(videoId, count, Long.toString(read)));
        if (reply.isInvalidParams()) {
            // the video was deleted or its comments closed since the query: move on to the next video
            return nextVideo(cursor, List.of());
        }
        JsonObject data = reply.data(context.clock());
        JsonArray comments = list(data, "comments", reply);
        context.checkPageSize(comments.size());
        List<HarvestedItem> items = new ArrayList<>(comments.size());
        for (JsonValue v : comments) {
            TikTokItems.comment(object(v, reply), videoId).ifPresent(items::add);
        }
        long next = JsonReplies.num(data, "cursor");
        if (Boolean.TRUE.equals(bool(data, "has_more")) && !comments.isEmpty() && next > read
                && next < config.maxCommentsPerVideo()) {
            return new Page(items, cursor.with("ccur", Long.toString(next)).text(), true);
        }
        return nextVideo(cursor, items);
    }

    private static Page nextVideo(Cursor cursor, List<HarvestedItem> items) {
        String queue = cursor.get("queue");
        Cursor rest = cursor.with("vid", null).with("ccur", null).with("queue", null);
        if (queue != null) {
            return new Page(items, queue(rest, List.of(queue.split(","))).text(), true);
        }
        // the videos' walk goes on, or it is over until the next run
        return rest.get("start") != null ? new Page(items, rest.text(), true) : Page.last(items, rest.text());
    }

    private static Cursor queue(Cursor base, List<String> videoIds) {
        String rest = videoIds.size() > 1 ? String.join(",", videoIds.subList(1, videoIds.size())) : null;
        return base.with("vid", videoIds.get(0)).with("ccur", "0").with("queue", rest);
    }

    private TikTokReply post(String path, String fields, String body) throws ConnectorException {
        URI uri = URI.create(base() + path + "?fields=" + fields);
        if (hasClient()) {
            String form = "client_key=" + form(credentials.require(TikTokConnectorFactory.CLIENT_KEY))
                    + "&client_secret=" + form(credentials.require(TikTokConnectorFactory.CLIENT_SECRET))
                    + "&grant_type=client_credentials";
            return TikTokReply.of(grant.call(context, URI.create(base() + "/v2/oauth/token/"),
                    Map.of("Cache-Control", "no-cache"), form, "TikTok", token -> send(uri, token, body)));
        }
        if (!credentials.has(TikTokConnectorFactory.ACCESS_TOKEN)) {
            throw new CredentialsRejectedException("the source needs the TikTok client key and secret (or a client "
                    + "access token)");
        }
        return TikTokReply.of(send(uri, credentials.get(TikTokConnectorFactory.ACCESS_TOKEN), body));
    }

    private HttpReply send(URI uri, String token, String body) throws ConnectorException {
        return context.http().post(uri, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"),
                "application/json", body);
    }

    private String base() {
        return config.apiBaseUrl().replaceAll("/+$", "");
    }

    /** A client key or secret is set: tokens come from the client-credentials grant, not a pasted token. */
    private boolean hasClient() {
        return credentials.has(TikTokConnectorFactory.CLIENT_KEY) || credentials.has(TikTokConnectorFactory.CLIENT_SECRET);
    }

    private static String form(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonArray list(JsonObject data, String name, TikTokReply reply) throws BadReplyException {
        JsonValue v = data.get(name);
        if (v == null || v == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        return JsonReplies.requireArray(data, name, reply.http().uri().getHost());
    }

    private static JsonObject object(JsonValue v, TikTokReply reply) throws BadReplyException {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadReplyException("an entry in the reply from " + reply.http().uri().getHost() + " is not an object");
        }
        return v.asJsonObject();
    }

    private static Boolean bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null;
    }
}
