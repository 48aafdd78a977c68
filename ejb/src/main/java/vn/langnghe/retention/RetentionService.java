package vn.langnghe.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.SolrConnection;

/**
 * Retention for the admin page and the timer: the age in force, an admin's change of it (audited
 * {@code retention.change}, old → new), how many posts an age would purge now, purges (audited
 * {@code retention.purge}) and their records. No container transaction: each step of a purge commits
 * by itself (see {@link RetentionStore}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService {
    /** The timer's actor in records and the audit trail. */
    public static final String SYSTEM = "system";
    static final String NODE = System.getProperty("com.sun.aas.instanceName", "local");

    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    @Inject
    SolrConnection solr;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "langnghe.retention.days")
    int configuredDays;

    @Inject
    @ConfigProperty(name = "langnghe.retention.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "langnghe.retention.lease-seconds")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "langnghe.retention.run-at")
    String runAt;

    private RetentionStore store;
    private PostStores posts;

    @PostConstruct
    void init() {
        store = new RetentionStore(dataSource);
        posts = new PostStores(solr, dataSource, batchSize);
    }

    /** The age in force: the admins' override, else the configuration (refused with a clear error when invalid). */
    public RetentionSetting setting() {
        return store.adminSetting().orElseGet(() -> {
            try {
                return new RetentionSetting(RetentionDays.check(configuredDays), RetentionSetting.Origin.CONFIG, null, null);
            } catch (InvalidRetentionException e) {
                throw new IllegalStateException("langnghe.retention.days is invalid (" + e.getMessage()
                        + "): no purge runs until it is fixed or an admin sets the age");
            }
        });
    }

    /** Posts of the index that an age of {@code days} would purge now. */
    public long wouldPurge(int days) throws IndexingException {
        return posts.countIndexed(cutoff(days));
    }

    public Instant cutoff(int days) {
        return RetentionCalendar.cutoff(Instant.now(), days);
    }

    /** An admin sets the age; the same age again changes nothing and records nothing. */
    public RetentionSetting change(int days, String actor) throws InvalidRetentionException {
        RetentionSetting old = currentOrNull();
        try {
            RetentionDays.check(days);
        } catch (InvalidRetentionException e) {
            audit.record(AuditEvent.of(actor, "retention.change").target("retention:days").outcome(Outcome.DENIED)
                    .detail("refused " + days + " days: " + e.getMessage()));
            throw e;
        }
        if (old != null && old.days() == days && old.fromAdmin()) {
            return old;
        }
        store.saveAdminDays(days, actor, Instant.now());
        audit.record(AuditEvent.of(actor, "retention.change").target("retention:days")
                .detail((old == null ? "invalid configuration" : old.days() + " days (" + old.origin().name().toLowerCase()
                        + ")") + " → " + days + " days"));
        return setting();
    }

    /** Starts a purge now, in the background; its record appears at once (see {@link #running()}). */
    @Asynchronous
    public void purgeNow(String actor) {
        purge(PurgeRecord.ADMIN, actor, false);
    }

    /** The timer's daily purge: skipped when another node already did it (or does it now). */
    public Optional<PurgeRecord> scheduledPurge() {
        return purge(PurgeRecord.TIMER, SYSTEM, true);
    }

    private Optional<PurgeRecord> purge(String trigger, String actor, boolean oncePerCutoff) {
        int days = setting().days();
        Optional<PurgeRecord> done = new RetentionPurger(store, posts, Clock.systemUTC(), NODE, leaseSeconds)
                .purge(trigger, actor, days, oncePerCutoff);
        done.ifPresent(r -> audit.record(AuditEvent.of(actor, "retention.purge").target("retention:purge-" + r.id())
                .outcome(PurgeRecord.OK.equals(r.outcome()) ? Outcome.OK : Outcome.FAILED)
                .detail(describe(r))));
        if (done.isEmpty() && !oncePerCutoff) {
            audit.record(AuditEvent.of(actor, "retention.purge").outcome(Outcome.DENIED)
                    .detail("another purge was running"));
        }
        return done;
    }

    static String describe(PurgeRecord r) {
        return "trigger=" + r.trigger() + " days=" + r.days() + " cutoff=" + r.cutoff()
                + " period=" + (r.oldestPurged() == null ? "none" : r.oldestPurged() + ".." + r.newestPurged())
                + " solr=" + r.solrDeleted() + " outbox=" + r.outboxDeleted() + " ms=" + r.durationMs()
                + (r.error() == null ? "" : " error=" + r.error());
    }

    public Optional<PurgeRecord> running() {
        return store.running();
    }

    public List<PurgeRecord> records(int first, int size) {
        return store.page(first, size);
    }

    public long recordCount() {
        return store.count();
    }

    /** When the timer purges next (city time). */
    public ZonedDateTime nextRun() {
        return RetentionCalendar.nextRun(Instant.now(), RetentionCalendar.timeOfDay(runAt));
    }

    private RetentionSetting currentOrNull() {
        try {
            return setting();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
