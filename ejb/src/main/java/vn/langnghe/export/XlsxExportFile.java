package vn.langnghe.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.langnghe.search.ExportedPost;

/**
 * XLSX written with POI's streaming workbook: only the last {@link #WINDOW} rows are in memory, the rest
 * go to a compressed temporary file that {@link #close} deletes. Times are real Excel dates (city time),
 * counts are numbers, the header row is bold and frozen, the columns have fixed widths (measuring text
 * would need every row in memory). Excel refuses a cell over 32,767 characters: longer texts are cut with
 * an ellipsis. Text cells are always text, never formulas, so nothing here needs neutralising.
 */
final class XlsxExportFile implements ExportFile {
    /** Rows kept in memory before they are flushed to the temporary file. */
    static final int WINDOW = 100;
    static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final ExportColumn[] COLUMNS = ExportColumn.values();

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle dates;
    private int next;

    XlsxExportFile(Path file, List<String> headers) {
        this.file = file;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("posts");
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle head = workbook.createCellStyle();
        head.setFont(bold);
        dates = workbook.createCellStyle();
        dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(head);
            sheet.setColumnWidth(i, width(COLUMNS[i]) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static int width(ExportColumn c) {
        return switch (c) {
            case ID, URL, SOURCE -> 28;
            case CREATED_AT -> 20;
            case TITLE, AUTHOR -> 30;
            case TEXT -> 80;
            case TOPICS, REGIONS -> 24;
            default -> 11;
        };
    }

    @Override
    public void row(ExportedPost post) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < COLUMNS.length; i++) {
            Object v = COLUMNS[i].value(post);
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof Long n) {
                c.setCellValue(n.doubleValue());
            } else if (COLUMNS[i].time()) {
                c.setCellValue(ExportColumn.asTime(v).toLocalDateTime());
                c.setCellStyle(dates);
            } else {
                c.setCellValue(fitted(v.toString()));
            }
        }
    }

    static String fitted(String s) {
        if (s.length() <= MAX_CELL) {
            return s;
        }
        int end = MAX_CELL - 1;
        return s.substring(0, Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end) + "…";
    }

    @Override
    public void finish() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
