package vn.langnghe.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.langnghe.csv.CsvWriter;
import vn.langnghe.search.ExportedPost;

/** CSV as {@link CsvWriter} writes it (UTF-8 with BOM, RFC 4180, formulas neutralised); times ISO with their offset. */
final class CsvExportFile implements ExportFile {
    private static final ExportColumn[] COLUMNS = ExportColumn.values();

    private final Writer out;
    private final CsvWriter csv;

    CsvExportFile(Path file, List<String> headers) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 64 * 1024);
        csv = new CsvWriter(out);
        line(() -> csv.line(headers.toArray(String[]::new)));
    }

    @Override
    public void row(ExportedPost post) throws IOException {
        String[] cells = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            Object v = COLUMNS[i].value(post);
            cells[i] = v == null ? null
                    : COLUMNS[i].time() ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ExportColumn.asTime(v)) : v.toString();
        }
        line(() -> csv.line(cells));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** CsvWriter reports a failed write unchecked; the export handles IOExceptions. */
    private static void line(Runnable write) throws IOException {
        try {
            write.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
