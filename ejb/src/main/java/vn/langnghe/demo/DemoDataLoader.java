package vn.langnghe.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.harvest.InvalidSourceException;
import vn.langnghe.harvest.SourceForm;
import vn.langnghe.harvest.SourceService;
import vn.langnghe.harvest.connector.replay.DemoRecording;
import vn.langnghe.harvest.connector.replay.ReplayConnectorFactory;

/**
 * Brings the recorded demo dataset in through the harvest path: when the demo is enabled and no demo
 * source exists yet, it adds a local replay source, which then runs like any other (outbox, analysis, Solr).
 * Deleting or pausing that source in the admin page is respected: it is only ever created once.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    public static final String SOURCE_NAME = "Demo replay";
    private static final long RETRY_MS = 10_000;

    @Resource
    TimerService timers;

    @Inject
    SourceService sources;

    @Inject
    @ConfigProperty(name = "langnghe.demo.enabled")
    boolean enabled;

    @PostConstruct
    void scheduleLoad() {
        if (enabled) {
            timers.createSingleActionTimer(1_000, new TimerConfig("demo-source", false));
        }
    }

    @Timeout
    void onTimer() {
        try {
            createSourceIfMissing();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Demo source not created yet, retrying in " + RETRY_MS / 1000 + " s: " + e);
            timers.createSingleActionTimer(RETRY_MS, new TimerConfig("demo-source", false));
        }
    }

    /** Adds the demo replay source unless it exists; returns whether it was added. */
    public boolean createSourceIfMissing() {
        if (sources.findByName(SOURCE_NAME).isPresent()) {
            return false;
        }
        try {
            sources.create(new SourceForm(SOURCE_NAME, ReplayConnectorFactory.TYPE,
                    Map.of("seed", Long.toString(DemoRecording.SEED), "pageSize", "100"), Map.of(), 24 * 3600), false, "system");
            LOG.info("Demo replay source added: the demo data flows in through the harvest path");
            return true;
        } catch (InvalidSourceException e) {
            throw new IllegalStateException("the demo source cannot be created: " + e.getMessage(), e);
        }
    }
}
