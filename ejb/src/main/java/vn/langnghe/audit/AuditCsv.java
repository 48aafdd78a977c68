package vn.langnghe.audit;

import java.io.Writer;
import java.time.format.DateTimeFormatter;
import vn.langnghe.csv.CsvWriter;

/**
 * Writes audit rows as CSV, row by row to the writer it is given: nothing is built in memory. The file
 * is {@link CsvWriter}'s: UTF-8 with a byte order mark, RFC 4180, formulas neutralised (details hold
 * search queries, i.e. anyone's text).
 */
public final class AuditCsv {
    static final String[] HEADER = {"time (Asia/Ho_Chi_Minh)", "actor", "unit", "action", "target", "client address",
            "outcome", "detail", "id"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CsvWriter csv;

    /** Writes the byte order mark and the header line. */
    public AuditCsv(Writer out) {
        this.csv = new CsvWriter(out);
        line(HEADER);
    }

    public void row(AuditEntry e) {
        line(new String[] {TIME.format(e.occurredAt().atZone(AuditFilter.CITY)), e.actor(), e.unit(), e.action(),
                e.target(), e.clientAddress(), e.outcome() == null ? "" : e.outcome().code(), e.detail(), Long.toString(e.id())});
    }

    /** A last line saying that the export stopped at the cap (the page says so before, this is for the file). */
    public void truncated(long cap) {
        line(new String[] {"", "", "", "", "", "", "", "stopped at " + cap + " rows (langnghe.audit.export-max-rows): narrow the filters", ""});
    }

    public void flush() {
        csv.flush();
    }

    private void line(String[] cells) {
        csv.line(cells);
    }
}
