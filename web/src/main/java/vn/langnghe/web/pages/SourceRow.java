package vn.langnghe.web.pages;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.langnghe.harvest.SourceView;
import vn.langnghe.search.OverviewService;

/**
 * One line of the sources table: a {@link SourceView} with getters (the page's EL cannot read record
 * components), times in Ho Chi Minh City, and the interval split into a number and a unit.
 */
public final class SourceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(OverviewService.CITY_ZONE);
    static final int ERROR_SHOWN = 300;

    /** Sort keys of the table's columns, by their {@code sortBy} property names. */
    private static final Map<String, Function<SourceRow, Comparable<?>>> KEYS = Map.of(
            "name", r -> r.name.toLowerCase(java.util.Locale.ROOT),
            "typeName", r -> r.typeName,
            "intervalSeconds", r -> r.intervalSeconds,
            "stateOrder", SourceRow::getStateOrder,
            "lastRunAt", SourceRow::getLastRunAt,
            "runItems", r -> r.runItems,
            "totalItems", r -> r.totalItems,
            "lastErrorAt", r -> r.lastErrorAt,
            "nextRunAt", r -> r.paused ? null : r.nextRunAt);

    /** The order of a column, empty ones (never run, no error) last either way; null for an unknown column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<SourceRow> order(String field, boolean descending) {
        Function<SourceRow, Comparable<?>> key = KEYS.get(field);
        if (key == null) {
            return null;
        }
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(r -> (Comparable) key.apply(r), Comparator.nullsLast(values));
    }

    private final long id;
    private final String name;
    private final String typeName;
    private final int intervalSeconds;
    private final boolean paused;
    private final String runState;
    private final Instant runStartedAt;
    private final Instant runFinishedAt;
    private final int runPages;
    private final int runItems;
    private final java.util.List<String> runNotes;
    private final String lastErrorKind;
    private final String lastError;
    private final Instant lastErrorAt;
    private final int consecutiveFailures;
    private final Instant nextRunAt;
    private final long totalItems;

    SourceRow(SourceView v) {
        id = v.id();
        name = v.name();
        typeName = v.typeName();
        intervalSeconds = v.intervalSeconds();
        paused = v.paused();
        runState = v.runState();
        runStartedAt = v.runStartedAt();
        runFinishedAt = v.runFinishedAt();
        runPages = v.runPages();
        runItems = v.runItems();
        runNotes = v.runNotes();
        lastErrorKind = v.lastErrorKind();
        lastError = v.lastError();
        lastErrorAt = v.lastErrorAt();
        consecutiveFailures = v.consecutiveFailures();
        nextRunAt = v.nextRunAt();
        totalItems = v.totalItems();
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public String getTypeName() { return typeName; }
    public int getIntervalSeconds() { return intervalSeconds; }
    public boolean isPaused() { return paused; }
    public String getRunState() { return runState; }
    public boolean isRunning() { return "RUNNING".equals(runState); }
    public int getRunPages() { return runPages; }
    public int getRunItems() { return runItems; }
    /** What the last run noticed without failing (skipped rows, a quota nearly used up), one line each. */
    public java.util.List<String> getRunNotes() { return runNotes; }
    public long getTotalItems() { return totalItems; }
    public String getLastErrorKind() { return lastErrorKind; }
    public String getLastError() { return lastError; }
    public Instant getLastErrorAt() { return lastErrorAt; }
    public int getConsecutiveFailures() { return consecutiveFailures; }
    public Instant getNextRunAt() { return nextRunAt; }

    /** The error as the table shows it: cut short; the whole text is in the cell's tooltip. */
    public String getLastErrorShort() {
        return shown(lastError);
    }

    /** An error or a note as the table shows it: cut short; the whole text is in the tooltip. */
    public String shown(String text) {
        return text == null || text.length() <= ERROR_SHOWN ? text : text.substring(0, ERROR_SHOWN) + "…";
    }

    /** Whether the last error is the latest news (the last run failed), not an old one. */
    public boolean isFailing() {
        return "FAILED".equals(runState) || "RATE_LIMITED".equals(runState);
    }

    /** When the last run ended, or when the current one started. */
    public Instant getLastRunAt() {
        return isRunning() ? runStartedAt : runFinishedAt;
    }

    public String getRunStarted() { return format(runStartedAt); }
    public String getLastRun() { return format(getLastRunAt()); }
    public String getLastErrorTime() { return format(lastErrorAt); }
    public String getNextRun() { return paused ? null : format(nextRunAt); }

    /** Running first, then failing, rate-limited, fine, never run. */
    public int getStateOrder() {
        return switch (runState) {
            case "RUNNING" -> 0;
            case "FAILED" -> 1;
            case "RATE_LIMITED" -> 2;
            case "OK" -> 3;
            default -> 4;
        } + (paused ? 10 : 0);
    }

    /** The interval as a number in the largest unit that divides it: 900 → 15 min. */
    public long getIntervalValue() {
        return interval(intervalSeconds)[0];
    }

    public String getIntervalUnit() {
        return UNITS[(int) interval(intervalSeconds)[1]];
    }

    static final String[] UNITS = {"s", "min", "h", "d"};
    private static final int[] UNIT_SECONDS = {1, 60, 3600, 86400};

    /** {value, unit index} with the largest unit that divides the seconds. */
    static long[] interval(int seconds) {
        for (int i = UNIT_SECONDS.length - 1; i > 0; i--) {
            if (seconds > 0 && seconds % UNIT_SECONDS[i] == 0) {
                return new long[] {seconds / UNIT_SECONDS[i], i};
            }
        }
        return new long[] {seconds, 0};
    }

    static int unitSeconds(String unit) {
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(unit)) {
                return UNIT_SECONDS[i];
            }
        }
        throw new IllegalArgumentException(unit);
    }

    static String format(Instant at) {
        return at == null ? null : TIME.format(at);
    }
}
