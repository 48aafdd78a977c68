package vn.langnghe.web.pages;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.langnghe.retention.PurgeRecord;
import vn.langnghe.retention.RetentionCalendar;

/** A purge record as the retention page shows it: times in city time, counts per store. */
public final class PurgeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(RetentionCalendar.CITY_ZONE);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(RetentionCalendar.CITY_ZONE);

    private final PurgeRecord r;

    public PurgeRow(PurgeRecord r) {
        this.r = r;
    }

    public long getId() { return r.id(); }
    public String getStarted() { return TIME.format(r.startedAt()); }
    public String getTrigger() { return r.trigger(); }
    public String getActor() { return r.actor(); }
    public int getDays() { return r.days(); }
    public String getCutoff() { return TIME.format(r.cutoff()); }
    public boolean isAnyPurged() { return r.oldestPurged() != null; }
    public String getOldest() { return format(r.oldestPurged()); }
    public String getNewest() { return format(r.newestPurged()); }
    public long getSolrFound() { return r.solrFound(); }
    public long getSolrDeleted() { return r.solrDeleted(); }
    public long getOutboxDeleted() { return r.outboxDeleted(); }
    public String getOutcome() { return r.outcome(); }
    public String getError() { return r.error(); }
    public boolean isRunning() { return r.running(); }

    /** Seconds with one decimal; a running purge has none yet. */
    public String getDuration() {
        return r.durationMs() == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f s", r.durationMs() / 1000.0);
    }

    private static String format(Instant at) {
        return at == null ? "—" : TIME.format(at);
    }
}
