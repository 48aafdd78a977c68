package vn.langnghe.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import vn.langnghe.database.DatabaseInfo;
import vn.langnghe.pipeline.OutboxStore;
import vn.langnghe.index.SolrConnection;

/** Gathers {@link PlatformStatus}. */
@ApplicationScoped
public class StatusService {
    public static final String UNAVAILABLE = "unavailable";

    @Inject
    SolrConnection solr;

    @Inject
    DatabaseInfo database;

    @Inject
    OutboxStore outbox;

    private final PartFailures failures = new PartFailures();

    public PlatformStatus status() {
        return new PlatformStatus(version(), documentCount(), solrMode(), databaseKind(), harvestWaiting());
    }

    /** The build's version, read once: liveness checks ask for it on every poll. */
    private static final String VERSION = readVersion();

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = StatusService.class.getResourceAsStream("/langnghe-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long documentCount() {
        try {
            long n = solr.client().query(solr.collection(), new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
            failures.answered("Solr document count");
            return n;
        } catch (SolrServerException | IOException | RuntimeException e) {
            failures.failed("Solr document count", e);
            return -1;
        }
    }

    private String solrMode() {
        try {
            String mode = solr.mode().label();
            failures.answered("Solr mode");
            return mode;
        } catch (SolrServerException | IOException | RuntimeException e) {
            failures.failed("Solr mode", e);
            return UNAVAILABLE;
        }
    }

    private long harvestWaiting() {
        try {
            long n = outbox.waiting();
            failures.answered("outbox size");
            return n;
        } catch (RuntimeException e) {
            failures.failed("outbox size", e);
            return -1;
        }
    }

    private String databaseKind() {
        try {
            String kind = database.kind();
            failures.answered("database");
            return kind;
        } catch (SQLException | RuntimeException e) {
            failures.failed("database", e);
            return UNAVAILABLE;
        }
    }
}
