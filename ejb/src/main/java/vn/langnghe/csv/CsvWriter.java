package vn.langnghe.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes CSV line by line to the writer it is given, nothing built in memory (RFC 4180: CRLF line ends,
 * a field quoted when it holds a comma, a quote or a line break, quotes doubled). It starts with a UTF-8
 * byte order mark, without which Excel reads the file in the legacy code page and garbles Vietnamese. A
 * cell starting with {@code = + - @}, tab or CR would be run as a formula by a spreadsheet (cells hold
 * anyone's text: search queries, posts): it gets a leading apostrophe.
 */
public final class CsvWriter {
    private final Writer out;

    /** Writes the byte order mark. */
    public CsvWriter(Writer out) {
        this.out = out;
        write("\uFEFF");
    }

    public void line(String... cells) {
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        write(b.append("\r\n").toString());
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field, neutralised against formulas and quoted when needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = neutralised(value);
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
