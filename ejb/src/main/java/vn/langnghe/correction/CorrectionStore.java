package vn.langnghe.correction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The {@code corrections} table of V12 in plain JDBC; rows are only added (and removed when Solr refused one). */
public final class CorrectionStore {
    static final int MAX_TEXT = 20_000;
    /** Ids per {@code IN (...)}: a drain batch is usually one statement. */
    private static final int CHUNK = 500;

    private final DataSource dataSource;

    public CorrectionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long insert(String postId, CorrectionValue value, String oldValue, String by, String unit, Instant at,
                String language, String text) {
        return call(c -> {
            long id;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('correction_seq')")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO corrections (id, post_id, field, old_value, "
                    + "new_value, corrected_by, unit_code, corrected_at, language, post_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, postId);
                s.setString(3, value.field().code());
                s.setString(4, oldValue == null ? null : cut(oldValue, 1000));
                s.setString(5, value.text());
                s.setString(6, by);
                s.setString(7, unit);
                s.setObject(8, at.atOffset(ZoneOffset.UTC));
                s.setString(9, language);
                s.setString(10, text == null ? null : cut(text, MAX_TEXT));
                s.executeUpdate();
            }
            return id;
        });
    }

    void delete(long id) {
        call(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM corrections WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    /** Every correction of a post, oldest first. */
    public List<Correction> history(String postId) {
        return call(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, post_id, field, old_value, new_value, corrected_by, "
                    + "unit_code, corrected_at FROM corrections WHERE post_id = ? ORDER BY id")) {
                s.setString(1, postId);
                List<Correction> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Correction(r.getLong(1), r.getString(2), CorrectedField.parse(r.getString(3)),
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                                r.getObject(8, OffsetDateTime.class).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    /** The value in force of each corrected field of these posts: the latest correction wins. */
    public Map<String, Map<CorrectedField, CorrectionValue>> latest(Collection<String> postIds) {
        Map<String, Map<CorrectedField, CorrectionValue>> out = new HashMap<>();
        List<String> ids = List.copyOf(postIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            call(c -> {
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement s = c.prepareStatement("SELECT post_id, field, new_value FROM corrections "
                        + "WHERE post_id IN (" + marks + ") ORDER BY id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            CorrectedField f = CorrectedField.parse(r.getString(2));
                            out.computeIfAbsent(r.getString(1), k -> new EnumMap<>(CorrectedField.class))
                                    .put(f, CorrectionValue.parse(f, r.getString(3)));
                        }
                    }
                }
                return null;
            });
        }
        return out;
    }

    /** A training example: the latest value of one field of one post, with the post's language and text. */
    public record Example(String postId, CorrectedField field, String value, String language, String text) {
    }

    /** The latest correction of every corrected field of every post that kept its text, in post order. */
    public List<Example> examples() {
        return call(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT post_id, field, new_value, language, post_text FROM corrections "
                         + "ORDER BY post_id, field, id")) {
                Map<String, Example> last = new java.util.LinkedHashMap<>();
                while (r.next()) {
                    if (r.getString(5) == null || r.getString(5).isBlank()) {
                        continue;
                    }
                    Example e = new Example(r.getString(1), CorrectedField.parse(r.getString(2)), r.getString(3),
                            r.getString(4), r.getString(5));
                    last.put(e.postId() + "\u0000" + e.field(), e);
                }
                return List.copyOf(last.values());
            }
        });
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private <T> T call(SqlCall<T> body) {
        try (Connection c = dataSource.getConnection()) {
            return body.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the corrections could not be read or written: " + e.getMessage(), e);
        }
    }

    interface SqlCall<T> {
        T run(Connection c) throws SQLException;
    }
}
