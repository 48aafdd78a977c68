package vn.langnghe.harvest.connector.replay;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;

/**
 * The demo dataset as recorded for replay: {@value #RESOURCE}, one JSON object per line holding what a
 * platform would say of an item (ids, kind, address, thread, author, title, text, engagement) and how
 * long before the recording it was written. Replayed, that age counts back from the moment of the run,
 * so the demo always looks recent. The tools module's demo generator writes the file
 * ({@code bin/langnghe record-demo}), through {@link #line}, so the format is declared only here.
 */
public final class DemoRecording {
    public static final String RESOURCE = "replay/demo-dataset.jsonl";
    /** The generator's seed the shipped recording was made from: the only dataset that ships. */
    public static final long SEED = 20250701L;

    /** Looked up once: {@code Json.create...} asks the service loader (OSGi in Payara) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private DemoRecording() {
    }

    /** The recorded items in recorded order (oldest first), dated as if the recording ended at {@code now}. */
    public static List<HarvestedItem> items(Instant now) {
        List<HarvestedItem> out = new ArrayList<>(800);
        try (InputStream in = DemoRecording.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo recording " + RESOURCE + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                out.add(item(line, now));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the demo recording " + RESOURCE + " cannot be read", e);
        }
        return out;
    }

    /** One line of the recording: {@code item}, whose age is counted back from {@code recordedAt}. */
    public static String line(HarvestedItem item, Instant recordedAt) {
        long age = Duration.between(item.createdAt(), recordedAt).getSeconds();
        if (age < 0 || item.html()) {
            throw new IllegalArgumentException(item.id() + ": a recorded item is plain text, written before the recording");
        }
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject()
                    .write("platform", item.platform())
                    .write("nativeId", item.nativeId())
                    .write("kind", item.kind())
                    .write("secondsAgo", age);
            put(g, "url", item.url());
            put(g, "parent", item.parentNativeId());
            put(g, "thread", item.threadNativeId());
            put(g, "authorName", item.authorName());
            put(g, "authorId", item.authorId());
            put(g, "title", item.title());
            put(g, "text", item.text());
            g.write("likes", item.likes())
                    .write("shares", item.shares())
                    .write("comments", item.comments())
                    .write("views", item.views())
                    .writeEnd();
        }
        return out.toString();
    }

    static HarvestedItem item(String line, Instant now) {
        JsonObject o;
        try (JsonReader r = JSON.createReader(new StringReader(line))) {
            o = r.readObject();
        } catch (JsonException e) {
            throw new IllegalStateException("the demo recording " + RESOURCE + " holds a line that is not JSON: " + line, e);
        }
        return HarvestedItem.builder(o.getString("platform"), o.getString("nativeId"))
                .kind(o.getString("kind"))
                .createdAt(now.minusSeconds(o.getJsonNumber("secondsAgo").longValueExact()))
                .url(JsonReplies.str(o, "url"))
                .replyTo(JsonReplies.str(o, "parent"), JsonReplies.str(o, "thread"))
                .author(JsonReplies.str(o, "authorName"), JsonReplies.str(o, "authorId"))
                .title(JsonReplies.str(o, "title"))
                .text(JsonReplies.str(o, "text"))
                .likes(JsonReplies.num(o, "likes"))
                .shares(JsonReplies.num(o, "shares"))
                .comments(JsonReplies.num(o, "comments"))
                .views(JsonReplies.num(o, "views"))
                .build();
    }

    private static void put(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }
}
