package vn.langnghe.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one {@link AuditQueue}, on an executor of its own (one thread at most: a node
 * appends one batch at a time, and a busy harvest executor must never hold audit events back). When
 * the application stops, the container calls {@link #stop()}, which writes what is still queued.
 * No transaction and no container lock: the queue does its own locking and its own transactions.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = AuditWriter.EXECUTOR, maxAsync = 1)
public class AuditWriter {
    static final String EXECUTOR = "java:app/concurrent/langnghe-audit";

    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "langnghe.audit.queue-capacity")
    int queueCapacity;

    @Inject
    @ConfigProperty(name = "langnghe.audit.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "langnghe.audit.retry-ms")
    long retryMillis;

    AuditQueue queue;

    @PostConstruct
    void start() {
        queue = new AuditQueue(new AuditAppender(dataSource), executor, queueCapacity, batchSize,
                Duration.ofMillis(retryMillis));
    }

    @PreDestroy
    void stop() {
        queue.close();
    }

    public void add(AuditRecord event) {
        queue.add(event);
    }

    /** Waits until every event recorded so far is in the database (tests, and anything that reads the trail). */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        return queue.awaitWritten(timeout);
    }
}
