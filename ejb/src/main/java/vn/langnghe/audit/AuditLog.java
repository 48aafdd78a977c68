package vn.langnghe.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;

/**
 * Where every part of the platform records what people (and the platform) do. Recording is cheap:
 * the event goes to {@link AuditWriter}'s queue and is appended to the chain in the background. An
 * event recorded inside a transaction is queued when the transaction ends, as {@link Outcome#FAILED}
 * if it rolled back: the trail never says something was done that was undone.
 */
@ApplicationScoped
public class AuditLog {
    @Inject
    AuditWriter writer;

    @Inject
    AuditRequest request;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The same log outside a server (tools, benchmarks): events go straight to {@code queue}, which
     * appends them in the background exactly as {@link AuditWriter} does; there is no transaction to wait
     * for and no request to take an address from.
     */
    public static AuditLog outsideServer(AuditQueue queue) {
        AuditWriter writer = new AuditWriter();
        writer.queue = queue;
        AuditLog log = new AuditLog();
        log.writer = writer;
        return log;
    }

    /** The short form: who did what, with free-text detail; done, with no unit or target. */
    public void record(String actor, String action, String detail) {
        record(AuditEvent.of(actor, action).detail(detail));
    }

    public void record(AuditEvent e) {
        AuditRecord event = new AuditRecord(Instant.now(), e.actor, e.unit, e.action, e.target,
                e.clientAddress == null ? requestAddress() : e.clientAddress, e.outcome, e.detail);
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            writer.add(event);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                boolean undone = status != Status.STATUS_COMMITTED && event.outcome() == Outcome.OK;
                writer.add(undone ? event.withOutcome(Outcome.FAILED) : event);
            }
        });
    }

    private String requestAddress() {
        if (request == null) {
            return null;
        }
        try {
            return request.getClientAddress();
        } catch (ContextNotActiveException e) {
            return null; // not serving a request: a timer, a harvest run, the platform starting
        }
    }
}
