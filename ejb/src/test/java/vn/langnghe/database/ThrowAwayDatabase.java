package vn.langnghe.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An empty database for one integration test: an H2 file in a temporary folder, or a fresh schema on
 * the PostgreSQL at {@code LANGNGHE_IT_PG_URL} (default 127.0.0.1:5432/test), dropped on close. The
 * PostgreSQL one aborts the test (skipped, not failed) only when no PostgreSQL answers.
 *
 * @param schema the schema to look tables up in
 */
public record ThrowAwayDatabase(DataSource dataSource, String schema, Runnable dropper) implements AutoCloseable {
    public static ThrowAwayDatabase h2File() throws java.io.IOException {
        Path dir = Files.createTempDirectory("langnghe-h2");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + dir.resolve("db"));
        ds.setUser("langnghe");
        ds.setPassword("langnghe");
        return new ThrowAwayDatabase(ds, "PUBLIC", () -> { });
    }

    /** A schema of its own on the tests' PostgreSQL ({@link PostgresTestSchema}); skipped when none answers. */
    public static ThrowAwayDatabase postgreSqlSchema() {
        PostgresTestSchema pg = PostgresTestSchema.create();
        return new ThrowAwayDatabase(pg.dataSource(), pg.name(), () -> {
            try {
                pg.close();
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop the test schema " + pg.name(), e);
            }
        });
    }

    /** Applies every migration, as the application does at start. */
    public ThrowAwayDatabase migrated() {
        DatabaseMigrator.migrate(dataSource, ThrowAwayDatabase.class.getClassLoader());
        return this;
    }

    @Override
    public void close() {
        dropper.run();
    }
}
