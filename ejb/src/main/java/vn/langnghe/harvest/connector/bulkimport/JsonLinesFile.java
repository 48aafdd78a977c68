package vn.langnghe.harvest.connector.bulkimport;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * JSON lines (one object per line, as export tools and {@code jq -c} write them). A mapped column is a
 * field name or a dotted path into nested objects ({@code from.name}); a field whose own name holds a
 * dot is found first.
 */
final class JsonLinesFile implements RowFile {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One factory: {@code JSON.createReader} looks the provider up again on every call. */
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());

    private final ImportFile file;
    private final List<String> paths;

    JsonLinesFile(ImportFile file, Collection<String> columns) {
        this.file = file;
        this.paths = List.copyOf(columns);
    }

    @Override
    public void read(Position from, Visitor visitor) throws ConnectorException {
        try (InputStream in = file.open(from.offset())) {
            Records lines = new Records(in, from.offset(), false, file.name());
            long row = from.row();
            while (lines.next()) {
                if (lines.blank()) {
                    continue;
                }
                row++;
                Row r = row(row, lines.text());
                if (r.problem() != null && !lines.endedWithNewline()) {
                    throw new BadReplyException(file.name() + " ends in the middle of row " + row + " (" + r.problem()
                            + "): the file was cut short; nothing of the page was kept");
                }
                if (!visitor.accept(r, new Position(row, lines.offset()))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new SourceConfigException(file.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long headBytes() {
        return 0;
    }

    private Row row(long number, String text) {
        if (text == null) {
            return new Row(number, Map.of(), "is not valid UTF-8 text");
        }
        JsonObject o;
        try (JsonReader r = READERS.createReader(new StringReader(text))) {
            o = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            return new Row(number, Map.of(), "is not a JSON object");
        }
        Map<String, String> values = new HashMap<>();
        for (String path : paths) {
            String v = text(find(o, path));
            if (v != null) {
                values.put(path, v);
            }
        }
        return new Row(number, values, null);
    }

    private static JsonValue find(JsonObject o, String path) {
        if (o.containsKey(path)) {
            return o.get(path);
        }
        JsonValue v = o;
        for (String part : path.split("\\.")) {
            if (!(v instanceof JsonObject obj) || !obj.containsKey(part)) {
                return null;
            }
            v = obj.get(part);
        }
        return v;
    }

    private static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return v.toString();
    }
}
