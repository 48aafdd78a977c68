package vn.langnghe.tools.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.h2.jdbcx.JdbcDataSource;
import vn.langnghe.audit.AuditAppender;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.AuditQueue;
import vn.langnghe.audit.AuditVerifier;
import vn.langnghe.database.DatabaseMigrator;

/**
 * A real audit trail outside the server, for the benchmarks that search "as the application does":
 * {@link AuditLog#outsideServer} over the real {@link AuditQueue} and {@link AuditAppender}, appending
 * batches to the hash chain in an H2 file with every migration applied, on one background thread, as the
 * server's {@code AuditWriter} does. {@link #finish} waits for the queue and checks the chain.
 */
final class BenchAuditTrail {
    private final JdbcDataSource ds;
    private final ExecutorService writer;
    private final AuditQueue queue;
    private final long before;

    /** What the run left in the trail. */
    record Written(long events, Optional<String> firstBreak) {
    }

    BenchAuditTrail(Path dir) throws Exception {
        ds = new JdbcDataSource();
        // open until the JVM ends, as the server's pool keeps it: without DB_CLOSE_DELAY the last connection closed
        // closes the database, and each batch would open the file again
        ds.setURL("jdbc:h2:" + dir.resolve("audit").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1");
        ds.setUser("langnghe");
        ds.setPassword("langnghe");
        DatabaseMigrator.migrate(ds, BenchAuditTrail.class.getClassLoader());
        before = rows();
        writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "audit-writer");
            t.setDaemon(true);
            return t;
        });
        queue = new AuditQueue(new AuditAppender(ds), writer, 10_000, 500, Duration.ofSeconds(2));
    }

    AuditLog log() {
        return AuditLog.outsideServer(queue);
    }

    /** Waits until every recorded event is written, stops the writer, counts and verifies. */
    Written finish() throws Exception {
        if (!queue.awaitWritten(Duration.ofMinutes(2))) {
            throw new IllegalStateException("the audit queue was not written within 2 minutes");
        }
        queue.close();
        writer.shutdown();
        try (Connection c = ds.getConnection()) {
            return new Written(rows() - before, new AuditVerifier().verify(c).firstBreak().map(Object::toString));
        }
    }

    private long rows() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_events")) {
            r.next();
            return r.getLong(1);
        }
    }
}
