package vn.langnghe.export;

import java.nio.file.Path;
import java.time.Instant;
import vn.langnghe.search.SearchRequest;

/**
 * One export: whose it is, what it writes, how far it got. Its id is random and unguessable, but only
 * the owner ever gets its progress or its file ({@link ExportJobs} checks the account on every call).
 * Progress fields are written by the export's thread and read by the page's polls.
 */
public final class ExportJob {
    /** Where an export stands. */
    public enum State {
        RUNNING, DONE, CANCELLED, FAILED;

        public boolean finished() {
            return this != RUNNING;
        }
    }

    /** Why an export failed, in words a page can say. */
    public enum Problem {
        /** The search itself cannot run (the message says why). */
        BAD_SEARCH,
        /** Solr did not answer. */
        INDEX_DOWN,
        /** The file could not be written (disk full, data directory not writable). */
        WRITE_FAILED
    }

    private final String id;
    private final String owner;
    private final ExportFormat format;
    private final SearchRequest request;
    private final Path file;
    private final Instant started;
    private final long cap;
    private volatile State state = State.RUNNING;
    private volatile boolean cancelRequested;
    private volatile long total = -1;
    private volatile long expected = -1;
    private volatile long written;
    private volatile Problem problem;
    private volatile String detail;
    private volatile Instant finishedAt;

    ExportJob(String id, String owner, ExportFormat format, SearchRequest request, Path file, Instant started, long cap) {
        this.id = id;
        this.owner = owner;
        this.format = format;
        this.request = request;
        this.file = file;
        this.started = started;
        this.cap = cap;
    }

    public String id() { return id; }
    public String owner() { return owner; }
    public ExportFormat format() { return format; }
    public SearchRequest request() { return request; }
    public Instant started() { return started; }
    public State state() { return state; }
    /** Posts that match, -1 until the first page is read. */
    public long total() { return total; }
    /** Rows the file will hold: the total, or the cap when more match. -1 until known. */
    public long expected() { return expected; }
    public long written() { return written; }
    public long cap() { return cap; }
    /** More matched than the cap: the file holds the first {@link #cap} in the search's order. */
    public boolean capped() { return total > cap; }
    public Problem problem() { return problem; }
    /** The failure in the search's own words (a bad search), else null. */
    public String detail() { return detail; }
    public Instant finishedAt() { return finishedAt; }

    /** Whole per cent of the expected rows written: 0 until known, 100 only when done. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        long e = expected;
        return e <= 0 ? 0 : (int) Math.min(99, written * 100 / e);
    }

    /** The name the download gets: when it was asked for, in the city, e.g. {@code langnghe-2026-12-07-1530.xlsx}. */
    public String fileName() {
        return "langnghe-" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
                .format(started.atZone(ExportColumn.CITY)) + "." + format.extension();
    }

    Path file() { return file; }
    boolean cancelRequested() { return cancelRequested; }

    void requestCancel() {
        cancelRequested = true;
    }

    void begun(long total, long expected) {
        this.total = total;
        this.expected = expected;
    }

    void wrote(long n) {
        written += n;
    }

    void finished(State s, Problem p, String d, Instant at) {
        problem = p;
        detail = d;
        finishedAt = at;
        state = s;
    }
}
