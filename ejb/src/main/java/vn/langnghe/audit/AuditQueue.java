package vn.langnghe.audit;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes events from request threads and appends them in batches on a background thread, so a request
 * never waits for the chain's lock. Nothing is dropped: a full queue makes callers wait for room, a
 * failed batch is kept and tried again, and {@link #close()} writes whatever is left on the closing
 * thread. A drain task runs while there is something to write and lingers {@link #LINGER} for more: under
 * steady load one task keeps draining, where a task started for every event cost each API call ~10 % of
 * its CPU (a managed executor captures the caller's context for every task it is given). Plain Java, so
 * tests and tools can run it with any executor.
 */
public class AuditQueue implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AuditQueue.class.getName());
    /** How long an idle drain task waits for the next event before it ends. */
    static final Duration LINGER = Duration.ofMillis(250);

    private final AuditAppender appender;
    private final Executor executor;
    private final int batchSize;
    private final Duration retryPause;
    private final BlockingQueue<AuditRecord> queue;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ReentrantLock writing = new ReentrantLock();
    /** Taken from the queue and not yet committed; guarded by {@link #writing}. */
    private final List<AuditRecord> pending = new ArrayList<>();
    private volatile boolean closed;

    public AuditQueue(AuditAppender appender, Executor executor, int capacity, int batchSize, Duration retryPause) {
        this.appender = appender;
        this.executor = executor;
        this.batchSize = batchSize;
        this.retryPause = retryPause;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    public void add(AuditRecord event) {
        if (closed) {
            writeNow(event);
            return;
        }
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writeNow(event);
            return;
        }
        startDrain();
    }

    /** Waits until every event added so far is committed; false when {@code timeout} passed first. */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            writing.lock();
            try {
                if (queue.isEmpty() && pending.isEmpty()) {
                    return true;
                }
            } finally {
                writing.unlock();
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** Stops handing work to the executor and writes what is left here, waiting for a batch in flight. */
    @Override
    public void close() {
        closed = true;
        int attempts = 0;
        while (true) {
            try {
                if (!writeBatch()) {
                    return;
                }
            } catch (SQLException | RuntimeException e) {
                // a normal shutdown has a working database; give a short outage a few chances, then say
                // exactly what could not be kept
                if (++attempts == 10) {
                    LOG.log(Level.SEVERE, "audit trail: " + (pending.size() + queue.size())
                            + " events could not be written before shutdown", e);
                    return;
                }
                pause();
            }
        }
    }

    private void startDrain() {
        if (!closed && draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // the executor is shutting down: the events stay queued and close() writes them
                draining.set(false);
            }
        }
    }

    private void drain() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    // an event this task took from the queue is written even after close() began: close()
                    // may already have found the queue empty
                    if (!writeBatch() && (closed || !awaitMore())) {
                        break;
                    }
                } catch (SQLException | RuntimeException e) {
                    if (closed) {
                        break; // close() keeps trying the pending batch itself
                    }
                    LOG.log(Level.WARNING, "audit trail: a batch of " + pending.size()
                            + " events could not be written; trying again in " + retryPause.toMillis() + " ms", e);
                    pause();
                }
            }
        } finally {
            draining.set(false);
        }
        // an event added after the last batch was taken but before draining was reset needs a new task
        if (!queue.isEmpty()) {
            startDrain();
        }
    }

    /** Waits {@link #LINGER} for the next event and keeps it pending; false when none came. */
    private boolean awaitMore() {
        AuditRecord next;
        try {
            next = queue.poll(LINGER.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (next == null) {
            return false;
        }
        writing.lock();
        try {
            pending.add(next);
        } finally {
            writing.unlock();
        }
        return true;
    }

    /** Appends the pending batch (or the next one from the queue); false when there was nothing to write. */
    private boolean writeBatch() throws SQLException {
        writing.lock();
        try {
            if (pending.size() < batchSize) {
                queue.drainTo(pending, batchSize - pending.size());
            }
            if (pending.isEmpty()) {
                return false;
            }
            appender.append(pending);
            pending.clear();
            return true;
        } finally {
            writing.unlock();
        }
    }

    /** After close, or when the caller was interrupted waiting for room: the caller writes its own event. */
    private void writeNow(AuditRecord event) {
        writing.lock();
        try {
            appender.append(List.of(event));
        } catch (SQLException e) {
            throw new IllegalStateException("audit event could not be written: " + event.action(), e);
        } finally {
            writing.unlock();
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
