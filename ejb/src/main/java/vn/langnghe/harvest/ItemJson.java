package vn.langnghe.harvest;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;

/**
 * The outbox payload: a {@link HarvestedItem} as JSON. Written out field by field so that the stored
 * form does not change when the record gains a field (old rows still read back).
 */
public final class ItemJson {
    /** Looked up once: {@code Json.create...} asks the service loader (OSGi in Payara) on every call. */
    static final JsonProvider JSON = JsonProvider.provider();
    /** Longest text kept; a longer page is cut here (the outbox column and Solr both have limits). */
    static final int MAX_TEXT = 200_000;

    private ItemJson() {
    }

    static String write(HarvestedItem i) {
        String text = i.text();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        // streamed out, not built as an object first: this runs for every harvested item
        StringWriter out = new StringWriter(256 + (text == null ? 0 : text.length()));
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject()
                    .write("platform", i.platform())
                    .write("nativeId", i.nativeId())
                    .write("kind", i.kind())
                    .write("html", i.html())
                    .write("createdAt", i.createdAt().toString())
                    .write("likes", i.likes())
                    .write("shares", i.shares())
                    .write("comments", i.comments())
                    .write("views", i.views());
            put(g, "url", i.url());
            put(g, "parent", i.parentNativeId());
            put(g, "thread", i.threadNativeId());
            put(g, "authorName", i.authorName());
            put(g, "authorId", i.authorId());
            put(g, "title", i.title());
            put(g, "text", text);
            g.writeEnd();
        }
        return out.toString();
    }

    public static HarvestedItem read(String json) {
        JsonObject o;
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            o = r.readObject();
        }
        HarvestedItem.Builder b = HarvestedItem.builder(o.getString("platform"), o.getString("nativeId"))
                .kind(o.getString("kind"))
                .url(JsonReplies.str(o, "url"))
                .replyTo(JsonReplies.str(o, "parent"), JsonReplies.str(o, "thread"))
                .author(JsonReplies.str(o, "authorName"), JsonReplies.str(o, "authorId"))
                .title(JsonReplies.str(o, "title"))
                .createdAt(Instant.parse(o.getString("createdAt")))
                .likes(JsonReplies.num(o, "likes"))
                .shares(JsonReplies.num(o, "shares"))
                .comments(JsonReplies.num(o, "comments"))
                .views(JsonReplies.num(o, "views"));
        String text = JsonReplies.str(o, "text");
        if (o.getBoolean("html", false)) {
            b.html(text);
        } else {
            b.text(text);
        }
        return b.build();
    }

    private static void put(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }
}
