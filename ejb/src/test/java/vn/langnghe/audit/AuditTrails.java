package vn.langnghe.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.langnghe.database.DatabaseMigrator;

/** Throw-away audit trails for tests: a migrated database and events to append to it. */
final class AuditTrails {
    private static final AtomicLong NAMES = new AtomicLong();

    private AuditTrails() {
    }

    /** A fresh in-memory H2 database with every migration applied. */
    static DataSource migratedH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("langnghe");
        DatabaseMigrator.migrate(ds, AuditTrails.class.getClassLoader());
        return ds;
    }

    static List<AuditRecord> events(String actor, int count) {
        List<AuditRecord> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new AuditRecord(Instant.now(), actor, "q1", "source.update", "source:" + i, "10.0.0." + i,
                    Outcome.OK, "Quận 1 — event " + i));
        }
        return out;
    }

    static AuditVerifier.Result verify(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return new AuditVerifier().verify(c);
        }
    }

    static void execute(DataSource ds, String... sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.executeUpdate(statement);
            }
        }
    }
}
