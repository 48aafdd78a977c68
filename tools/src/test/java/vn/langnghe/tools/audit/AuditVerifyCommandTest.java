package vn.langnghe.tools.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.audit.AuditAppender;
import vn.langnghe.audit.AuditRecord;
import vn.langnghe.audit.Outcome;
import vn.langnghe.database.DatabaseMigrator;

/** The command on an H2 file like the platform's: 0 while intact, 1 and the broken row after tampering. */
class AuditVerifyCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void namesTheFirstTamperedRowAndExitsNonZero() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("langnghe");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("langnghe");
        ds.setPassword("langnghe");
        DatabaseMigrator.migrate(ds, getClass().getClassLoader());
        AuditAppender appender = new AuditAppender(ds);
        for (String actor : List.of("admin", "lan", "minh")) {
            appender.append(List.of(new AuditRecord(Instant.now(), actor, "q1", "login", null, "127.0.0.1", Outcome.OK, null)));
        }

        assertEquals(AuditVerifyCommand.INTACT, run(url));
        assertTrue(text(out).contains("intact: 3 events"), text(out));

        long id;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_events SET outcome = 'denied' WHERE seq = 2");
            try (ResultSet rs = s.executeQuery("SELECT id FROM audit_events WHERE seq = 2")) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        out.reset();
        assertEquals(AuditVerifyCommand.BROKEN, run(url));
        assertTrue(text(out).contains("changed at seq 2 (id " + id + ")"), text(out));
    }

    @Test
    void aMissingDatabaseIsNotCreated() {
        String url = "jdbc:h2:" + dir.resolve("nothing-here");
        assertEquals(AuditVerifyCommand.UNCHECKED, run(url));
        assertTrue(text(err).contains("not checked"), text(err));
        assertTrue(!dir.resolve("nothing-here.mv.db").toFile().exists(), "no empty database left behind");
    }

    private int run(String url) {
        return AuditVerifyCommand.run(url, "langnghe", "langnghe", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
