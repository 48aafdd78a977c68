package vn.langnghe.savedquery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code saved_queries} table of V11 in plain JDBC; each call commits by itself. */
final class SavedQueryStore {
    private static final String COLUMNS = "id, name, description, owner, owner_unit, visibility, url_state, created_at, updated_at";
    /** The rows a reader may open: their own, and those shared with their unit. */
    private static final String VISIBLE = "(owner = ? OR (visibility = 'unit' AND owner_unit = ?))";

    private final DataSource dataSource;

    SavedQueryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long insert(SavedQueryDraft d, SearchState state, String owner, String unit, Instant at) {
        return call(c -> {
            long id;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('saved_query_seq')")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO saved_queries (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, d.name());
                s.setString(3, d.description());
                s.setString(4, owner);
                s.setString(5, unit);
                s.setString(6, d.visibility().code());
                s.setString(7, state.query());
                s.setObject(8, utc(at));
                s.setObject(9, utc(at));
                s.executeUpdate();
            }
            return id;
        });
    }

    /** Changes the owner's row; false when it is gone (or no longer theirs). */
    boolean update(long id, String owner, SavedQueryDraft d, SearchState state, Instant at) {
        return call(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE saved_queries SET name = ?, description = ?, "
                    + "visibility = ?, url_state = ?, updated_at = ? WHERE id = ? AND owner = ?")) {
                s.setString(1, d.name());
                s.setString(2, d.description());
                s.setString(3, d.visibility().code());
                s.setString(4, state.query());
                s.setObject(5, utc(at));
                s.setLong(6, id);
                s.setString(7, owner);
                return s.executeUpdate() == 1;
            }
        });
    }

    boolean delete(long id, String owner) {
        return call(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM saved_queries WHERE id = ? AND owner = ?")) {
                s.setLong(1, id);
                s.setString(2, owner);
                return s.executeUpdate() == 1;
            }
        });
    }

    Optional<SavedQuery> find(long id) {
        return call(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM saved_queries WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(row(r)) : Optional.empty();
                }
            }
        });
    }

    SavedQueryList visibleTo(String username, String unit, SavedQueryOrder order, int page, int rows) {
        return call(c -> {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM saved_queries WHERE " + VISIBLE)) {
                s.setString(1, username);
                s.setString(2, unit);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<SavedQuery> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM saved_queries WHERE " + VISIBLE
                    + " ORDER BY " + order.sql + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                s.setString(1, username);
                s.setString(2, unit);
                s.setLong(3, (long) (page - 1) * rows);
                s.setInt(4, rows);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(row(r));
                    }
                }
            }
            return new SavedQueryList(total, page, rows, items);
        });
    }

    private static SavedQuery row(ResultSet r) throws SQLException {
        return new SavedQuery(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                Visibility.parse(r.getString(6)), SearchState.parse(r.getString(7)), instant(r, 8), instant(r, 9));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private <T> T call(SqlCall<T> body) {
        try (Connection c = dataSource.getConnection()) {
            return body.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the saved queries could not be read or written: " + e.getMessage(), e);
        }
    }

    interface SqlCall<T> {
        T run(Connection c) throws SQLException;
    }
}
