package vn.langnghe.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * Writes audit rows as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled), row by row to the writer it is given: nothing is built in memory. It
 * starts with a UTF-8 byte order mark, without which Excel reads the file in the legacy code page and
 * garbles Vietnamese. A cell starting with {@code = + - @}, tab or CR would be run as a formula by a
 * spreadsheet (details hold search queries, i.e. anyone's text): it gets a leading apostrophe.
 */
public final class AuditCsv {
    static final String[] HEADER = {"time (Asia/Ho_Chi_Minh)", "actor", "unit", "action", "target", "client address",
            "outcome", "detail", "id"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer out;

    /** Writes the byte order mark and the header line. */
    public AuditCsv(Writer out) {
        this.out = out;
        write("\uFEFF");
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
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String[] cells) {
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        write(b.append("\r\n").toString());
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field, neutralised against formulas and quoted when needed. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String v = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
