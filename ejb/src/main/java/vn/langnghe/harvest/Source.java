package vn.langnghe.harvest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Cacheable;
import java.time.Instant;

/**
 * A place the platform listens to: a connector type, its config (JSON of the connector's config
 * record), encrypted credentials, an interval, the cursor, and the record of its last run.
 */
@Entity
@Table(name = "sources")
// rows change under other nodes' feet (runs, cursors): always read them from the database
@Cacheable(false)
public class Source {

    /** Where the source stands; {@code RUNNING} also marks a run another node may be doing. */
    public enum RunState { IDLE, RUNNING, OK, FAILED, RATE_LIMITED }

    @Id
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    private Long id;

    @Column(nullable = false, length = 200, unique = true)
    private String name;

    @Column(nullable = false, length = 64)
    private String type;

    @Column(name = "config_json", nullable = false, length = 8000)
    private String configJson;

    @Column(name = "credentials_enc", length = 8000)
    private String credentialsEncrypted;

    @Column(name = "interval_seconds", nullable = false)
    private int intervalSeconds;

    @Column(nullable = false)
    private boolean paused;

    @Column(name = "cursor_text", length = 4000)
    private String cursor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_state", nullable = false, length = 32)
    private RunState runState = RunState.IDLE;

    @Column(name = "run_owner", length = 200)
    private String runOwner;

    @Column(name = "run_started_at")
    private Instant runStartedAt;

    @Column(name = "run_finished_at")
    private Instant runFinishedAt;

    @Column(name = "run_pages", nullable = false)
    private int runPages;

    @Column(name = "run_items", nullable = false)
    private int runItems;

    /** The run's notes, one per line (see {@link vn.langnghe.harvest.connector.Page#notes}). */
    @Column(name = "run_notes", length = NOTES_LENGTH)
    private String runNotes;

    @Column(name = "last_error_kind", length = 32)
    private String lastErrorKind;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "next_run_at")
    private Instant nextRunAt;

    @Column(name = "total_items", nullable = false)
    private long totalItems;

    static final int NOTES_LENGTH = 4000;
    private static final String MORE_NOTES = "… and ";

    protected Source() {
    }

    public Source(String name, String type, String configJson, String credentialsEncrypted, int intervalSeconds,
                  Instant now) {
        this.name = name;
        this.type = type;
        this.configJson = configJson;
        this.credentialsEncrypted = credentialsEncrypted;
        this.intervalSeconds = intervalSeconds;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getType() { return type; }
    public String getConfigJson() { return configJson; }
    public String getCredentialsEncrypted() { return credentialsEncrypted; }
    public int getIntervalSeconds() { return intervalSeconds; }
    public boolean isPaused() { return paused; }
    public String getCursor() { return cursor; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public RunState getRunState() { return runState; }
    public Instant getRunStartedAt() { return runStartedAt; }
    public Instant getRunFinishedAt() { return runFinishedAt; }
    public int getRunPages() { return runPages; }
    public int getRunItems() { return runItems; }
    public String getRunNotes() { return runNotes; }
    public String getLastErrorKind() { return lastErrorKind; }
    public String getLastError() { return lastError; }
    public Instant getLastErrorAt() { return lastErrorAt; }
    public int getConsecutiveFailures() { return consecutiveFailures; }
    public Instant getNextRunAt() { return nextRunAt; }
    public long getTotalItems() { return totalItems; }

    void edit(String name, String configJson, String credentialsEncrypted, int intervalSeconds, Instant now) {
        this.name = name;
        this.configJson = configJson;
        this.credentialsEncrypted = credentialsEncrypted;
        this.intervalSeconds = intervalSeconds;
        this.updatedAt = now;
    }

    void setPaused(boolean paused, Instant now) {
        this.paused = paused;
        this.updatedAt = now;
    }

    void resetCursor(Instant now) {
        this.cursor = null;
        this.updatedAt = now;
    }

    /** A page's items are in the outbox: the cursor moves past them in the same transaction. */
    void pageAccepted(String nextCursor, int items, java.util.List<String> notes) {
        cursor = nextCursor;
        runPages++;
        runItems += items;
        totalItems += items;
        for (String n : notes) {
            addNote(n);
        }
    }

    /**
     * Adds a note to the run's, once (a quota note repeated on every page is kept once) and within
     * the column: when it is full the last line counts what did not fit.
     */
    private void addNote(String note) {
        String line = note.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return;
        }
        if (line.length() > 500) {
            line = line.substring(0, 499) + "…";
        }
        java.util.List<String> lines = new java.util.ArrayList<>(runNotes == null || runNotes.isEmpty()
                ? java.util.List.of() : java.util.List.of(runNotes.split("\n")));
        if (lines.contains(line)) {
            return;
        }
        int dropped = 0;
        if (!lines.isEmpty() && lines.get(lines.size() - 1).startsWith(MORE_NOTES)) {
            dropped = Integer.parseInt(lines.remove(lines.size() - 1).substring(MORE_NOTES.length()).split(" ")[0]);
        }
        if (dropped == 0 && String.join("\n", lines).length() + line.length() + 1 <= NOTES_LENGTH - 40) {
            lines.add(line);
        } else {
            lines.add(MORE_NOTES + (dropped + 1) + " more");
        }
        runNotes = String.join("\n", lines);
    }

    void runSucceeded(Instant now, Instant next) {
        runState = RunState.OK;
        runFinishedAt = now;
        consecutiveFailures = 0;
        nextRunAt = next;
    }

    void runFailed(Instant now, String kind, String message, boolean rateLimited, Instant next) {
        runState = rateLimited ? RunState.RATE_LIMITED : RunState.FAILED;
        runFinishedAt = now;
        lastErrorKind = kind;
        lastError = message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message;
        lastErrorAt = now;
        if (!rateLimited) {
            consecutiveFailures++;
        }
        nextRunAt = next;
    }

    void scheduled(Instant next) {
        nextRunAt = next;
    }
}
