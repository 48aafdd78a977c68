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
            return solr.client().query(solr.collection(), new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        } catch (SolrServerException | IOException | RuntimeException e) {
            return -1;
        }
    }

    private String solrMode() {
        try {
            return solr.mode().label();
        } catch (SolrServerException | IOException | RuntimeException e) {
            return UNAVAILABLE;
        }
    }

    private long harvestWaiting() {
        try {
            return outbox.waiting();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private String databaseKind() {
        try {
            return database.kind();
        } catch (SQLException | RuntimeException e) {
            return UNAVAILABLE;
        }
    }
}
