package vn.langnghe.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The file types an export writes: CSV for any tool, XLSX for Excel. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** {@code csv} or {@code xlsx}: the file name's ending and the audit detail's {@code format=}. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format a page or URL names ({@code csv}, {@code xlsx}, any case); anything else is refused. */
    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) {
            if (f.extension.equals(s == null ? "" : s.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format: use csv or xlsx");
    }

    /** A writer of this format to {@code file}, headed by the (localised) column names. */
    ExportFile open(Path file, List<String> headers) throws IOException {
        return this == CSV ? new CsvExportFile(file, headers) : new XlsxExportFile(file, headers);
    }
}
