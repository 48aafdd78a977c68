package vn.langnghe.harvest;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.langnghe.harvest.connector.ErrorKind;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;

/**
 * The transactional steps of a harvest run, each committed on its own: claiming the source, accepting
 * a page (items into the outbox and the cursor past them, in one transaction), and recording the
 * outcome. Claiming is one conditional UPDATE, so two nodes (or "run now" during a timed run) never
 * run the same source at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SourceRuns {

    /** What a run needs to know about its source, read when it was claimed. */
    public record Ticket(long id, String name, String type, String configJson, String credentialsEncrypted,
                         String cursor, int intervalSeconds, int failures) {
    }

    /** Why a run stopped early; {@code retryAfter} is set for rate limits. */
    public record Failure(String kind, String message, Duration retryAfter) {
    }

    /**
     * This server instance: Payara's instance name, unique within a deployment group and the same after
     * a restart.
     */
    static final String INSTANCE = System.getProperty("com.sun.aas.instanceName", "local");

    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    /**
     * At start: runs this instance began before {@code started} (before it was killed or crashed) are
     * over. They are marked failed, so their sources run again at once from their saved cursor instead
     * of waiting for the lease to expire. Runs begun since are alive and left alone. Returns how many
     * there were.
     */
    public int releaseInterruptedRuns(Instant started, Instant now) {
        return em.createQuery("UPDATE Source s SET s.runState = :failed, s.runFinishedAt = :now, "
                        + "s.lastErrorKind = :kind, s.lastError = :msg, s.lastErrorAt = :now, s.nextRunAt = :now "
                        + "WHERE s.runState = :running AND s.runOwner = :owner AND s.runStartedAt < :started")
                .setParameter("failed", Source.RunState.FAILED)
                .setParameter("running", Source.RunState.RUNNING)
                .setParameter("now", now)
                .setParameter("kind", ErrorKind.INTERRUPTED.code())
                .setParameter("msg", "the run was interrupted by a server restart; it continues from the last saved cursor")
                .setParameter("owner", INSTANCE)
                .setParameter("started", started)
                .executeUpdate();
    }

    /**
     * Marks the source running unless it is running already (a run whose lease has not expired);
     * a paused source is claimed only for a manual run.
     */
    public Optional<Ticket> claim(long sourceId, Instant now, Duration lease, boolean manual) {
        int claimed = em.createQuery("UPDATE Source s SET s.runState = :running, s.runStartedAt = :now, "
                        + "s.runOwner = :owner, "
                        + "s.runFinishedAt = NULL, s.runPages = 0, s.runItems = 0, s.runNotes = NULL "
                        + "WHERE s.id = :id " + (manual ? "" : "AND s.paused = FALSE ")
                        + "AND (s.runState <> :running OR s.runStartedAt < :leaseStart)")
                .setParameter("running", Source.RunState.RUNNING)
                .setParameter("now", now)
                .setParameter("owner", INSTANCE)
                .setParameter("id", sourceId)
                .setParameter("leaseStart", now.minus(lease))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        // this transaction's persistence context is still empty: find reads the row as just updated
        Source s = em.find(Source.class, sourceId);
        return Optional.of(new Ticket(s.getId(), s.getName(), s.getType(), s.getConfigJson(),
                s.getCredentialsEncrypted(), s.getCursor(), s.getIntervalSeconds(), s.getConsecutiveFailures()));
    }

    /**
     * The page is durably accepted: its items are in the outbox and the cursor moves past them, both or
     * neither. Returns false when the source was deleted meanwhile (nothing is written).
     */
    public boolean acceptPage(long sourceId, Page page, Instant fetchedAt) {
        Source s = em.find(Source.class, sourceId);
        if (s == null) {
            return false;
        }
        List<HarvestedItem> items = page.items();
        for (HarvestedItem item : items) {
            em.persist(new OutboxEntry(item.id(), sourceId, s.getName(), ItemJson.write(item), fetchedAt));
        }
        s.pageAccepted(page.nextCursor(), items.size(), page.notes());
        return true;
    }

    public void succeeded(long sourceId, Instant now, Instant next) {
        Source s = em.find(Source.class, sourceId);
        if (s != null) {
            s.runSucceeded(now, next);
        }
    }

    public void failed(long sourceId, Instant now, Failure failure, Instant next) {
        Source s = em.find(Source.class, sourceId);
        if (s != null) {
            s.runFailed(now, failure.kind(), failure.message(), failure.retryAfter() != null, next);
        }
    }

    public void scheduled(long sourceId, Instant next) {
        Source s = em.find(Source.class, sourceId);
        if (s != null) {
            s.scheduled(next);
        }
    }

    /** Sources that should have a timer: not paused. */
    public List<Source> active() {
        return em.createQuery("SELECT s FROM Source s WHERE s.paused = FALSE ORDER BY s.id", Source.class)
                .getResultList();
    }

    public Optional<Source> find(long sourceId) {
        return Optional.ofNullable(em.find(Source.class, sourceId));
    }
}
