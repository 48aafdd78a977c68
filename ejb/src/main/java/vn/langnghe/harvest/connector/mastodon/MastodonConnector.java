package vn.langnghe.harvest.connector.mastodon;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.LinkHeader;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.QuotaNote;
import vn.langnghe.harvest.connector.RateLimitedException;

/**
 * Walks a timeline from the newest status back ({@code max_id} from the {@code rel="next"} link) and,
 * once a walk ends, remembers the newest id so the next run asks only for what came after it
 * ({@code since_id}). Cursor parts: {@code since} (newest id already taken), {@code max} (where the
 * current walk continues), {@code top} (newest id of the current walk), {@code pages} (pages walked).
 */
final class MastodonConnector implements Connector {
    static final String PLATFORM = "mastodon";

    private final MastodonConfig config;
    private final String token;
    private final ConnectorContext context;

    MastodonConnector(MastodonConfig config, String token, ConnectorContext context) {
        this.config = config;
        this.token = token;
        this.context = context;
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor cursor = Cursor.parse(cursorText);
        String since = cursor.get("since");
        int pages = cursor.intPart("pages", 0);
        HttpReply reply = context.http().get(uri(cursor.get("max"), since), headers());
        failOnError(reply);
        JsonArray statuses = JsonReplies.array(reply);
        context.checkPageSize(statuses.size());
        List<HarvestedItem> items = new ArrayList<>(statuses.size());
        for (JsonValue v : statuses) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadReplyException("a status in the reply from " + reply.uri().getHost() + " is not an object");
            }
            item(v.asJsonObject()).ifPresent(items::add);
        }
        String top = cursor.get("top");
        if (top == null && !statuses.isEmpty()) {
            top = JsonReplies.str(statuses.getJsonObject(0), "id");
        }
        Optional<String> nextMax = LinkHeader.find(reply.header("Link").orElse(null), "next")
                .map(url -> queryParam(url, "max_id"));
        boolean firstWalk = since == null;
        pages++;
        String quota = QuotaNote.requestsLeft("Mastodon", reply.header("X-RateLimit-Remaining"),
                reply.header("X-RateLimit-Limit"), reply.header("X-RateLimit-Reset").map(MastodonConnector::instant).orElse(null));
        if (!statuses.isEmpty() && nextMax.isPresent() && nextMax.get() != null
                && !(firstWalk && pages >= config.backfillPages())) {
            Cursor next = Cursor.empty().with("since", since).with("max", nextMax.get()).with("top", top)
                    .with("pages", Integer.toString(pages));
            return new Page(items, next.text(), true).withNote(quota);
        }
        // the walk is over: next time, only statuses newer than the newest one seen
        return Page.last(items, Cursor.empty().with("since", top != null ? top : since).text()).withNote(quota);
    }

    private URI uri(String maxId, String sinceId) {
        String base = config.instanceUrl().replaceAll("/+$", "");
        StringBuilder u = new StringBuilder(base);
        if (config.timeline() == MastodonConfig.Timeline.TAG) {
            u.append("/api/v1/timelines/tag/").append(URLEncoder.encode(config.hashtag().replaceFirst("^#", ""),
                    StandardCharsets.UTF_8));
        } else {
            u.append("/api/v1/timelines/public");
        }
        u.append("?limit=").append(config.pageSize());
        if (config.localOnly()) {
            u.append("&local=true");
        }
        if (maxId != null) {
            u.append("&max_id=").append(URLEncoder.encode(maxId, StandardCharsets.UTF_8));
        }
        if (sinceId != null) {
            u.append("&since_id=").append(URLEncoder.encode(sinceId, StandardCharsets.UTF_8));
        }
        return URI.create(u.toString());
    }

    private Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            h.put("Authorization", "Bearer " + token);
        }
        return h;
    }

    private void failOnError(HttpReply reply) throws ConnectorException {
        if (reply.ok()) {
            return;
        }
        String error = errorText(reply);
        if (reply.status() == 401) {
            throw new CredentialsRejectedException("Mastodon refused the access token: " + error);
        }
        if (reply.status() == 429) {
            // Mastodon announces the end of the window as an ISO timestamp in X-RateLimit-Reset
            Instant now = context.clock().instant();
            Duration wait = reply.header("X-RateLimit-Reset").map(s -> untilReset(s, now))
                    .orElseGet(() -> reply.retryAfter(now, HttpReply.DEFAULT_RETRY_AFTER));
            throw new RateLimitedException("Mastodon rate limit reached (" + error + "); retrying in "
                    + wait.toSeconds() + " s", wait);
        }
        reply.requireSuccess(context.clock().instant());
    }

    private static Instant instant(String iso) {
        try {
            return Instant.parse(iso.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration untilReset(String reset, Instant now) {
        try {
            Instant at = Instant.parse(reset.trim());
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return HttpReply.DEFAULT_RETRY_AFTER;
        }
    }

    private static String errorText(HttpReply reply) {
        try {
            String e = JsonReplies.str(JsonReplies.object(reply), "error");
            return e != null ? e : "HTTP " + reply.status();
        } catch (BadReplyException e) {
            return "HTTP " + reply.status();
        }
    }

    /** A boost is a repost: the original status is what people said, under its own id. */
    private Optional<HarvestedItem> item(JsonObject s) throws BadReplyException {
        JsonObject status = JsonReplies.obj(s, "reblog") != null ? JsonReplies.obj(s, "reblog") : s;
        String id = JsonReplies.str(status, "id");
        Instant created = JsonReplies.instant(status, "created_at");
        if (id == null || created == null) {
            throw new BadReplyException("a Mastodon status lacks its id or created_at");
        }
        String content = JsonReplies.str(status, "content");
        String spoiler = JsonReplies.str(status, "spoiler_text");
        if ((content == null || content.isBlank()) && (spoiler == null || spoiler.isBlank())) {
            return Optional.empty();
        }
        JsonObject account = JsonReplies.obj(status, "account");
        String parent = JsonReplies.str(status, "in_reply_to_id");
        HarvestedItem.Builder b = HarvestedItem.builder(PLATFORM, id)
                .kind(parent == null ? "post" : "comment")
                .url(JsonReplies.str(status, "url"))
                .author(account == null ? null : JsonReplies.str(account, "acct"),
                        account == null ? null : JsonReplies.str(account, "id"))
                .html(content == null ? "" : content)
                .createdAt(created)
                .likes(JsonReplies.num(status, "favourites_count"))
                .shares(JsonReplies.num(status, "reblogs_count"))
                .comments(JsonReplies.num(status, "replies_count"));
        if (spoiler != null && !spoiler.isBlank()) {
            b.title(spoiler);
        }
        if (parent != null) {
            // Mastodon names only the status answered; the thread's root needs another call per status
            b.replyTo(parent, parent);
        }
        return Optional.of(b.build());
    }

    /** A parameter of a link's query string (the Link header repeats the request with its own max_id). */
    private static String queryParam(String url, String name) {
        int q = url.indexOf('?');
        return q < 0 ? null : Cursor.parse(url.substring(q + 1)).get(name);
    }
}
