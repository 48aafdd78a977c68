package vn.langnghe.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.search.ExportedPost;
import vn.langnghe.search.PostView;

/**
 * The two files an export writes, read back with the tools a user's spreadsheet would: CSV (BOM, RFC 4180
 * quoting, formulas neutralised, Vietnamese intact) and XLSX written by the streaming workbook (Vietnamese
 * intact, real dates in the city's time, numbers as numbers, bold frozen header, long texts cut to Excel's
 * cell limit, every row there, no temporary file left).
 */
class ExportFilesTest {
    static final List<String> HEADERS = List.of("Mã bài", "Thời gian (giờ Việt Nam)", "Nền tảng", "Loại", "Nguồn", "Tác giả",
            "Tiêu đề", "Nội dung", "Sắc thái", "Chủ đề", "Địa bàn", "Ngôn ngữ", "Lượt thích", "Lượt chia sẻ",
            "Bình luận", "Lượt xem", "Liên kết");
    static final String HOSTILE = "=HYPERLINK(\"http://evil\",\"bấm\")";

    @TempDir
    Path dir;

    static ExportedPost post(int i, String text) {
        return new ExportedPost(new PostView("x:" + i, "facebook", "post", "Ngập ở Thủ Đức " + i, text, "Nguyễn Thị Lan",
                "uid-" + i, "https://facebook.com/posts/" + i, Instant.parse("2026-12-06T17:30:00Z").plusSeconds(i),
                "negative", List.of("flooding", "transport"), List.of("thu_duc", "26824"),
                new PostView.Engagement(i, 2, 3, 1000), List.of("ngập"), 0.91), "demo-replay", "vi");
    }

    @Test
    void csvHasTheBomTheHeadersAndEveryRowQuotedAndNeutralised() throws Exception {
        Path file = dir.resolve("a.csv");
        try (ExportFile f = ExportFormat.CSV.open(file, HEADERS)) {
            f.row(post(1, "Đường Kha Vạn Cân ngập sâu, \"kẹt xe\"\nmấy tiếng"));
            f.row(post(2, HOSTILE));
            f.row(post(3, "-1 điểm"));
            f.finish();
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "CRLF line ends");
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180)) {
            rows = p.getRecords();
        }
        assertEquals(4, rows.size());
        assertEquals(HEADERS, rows.get(0).toList());
        assertEquals("x:1", rows.get(1).get(0));
        assertEquals("2026-12-07T00:30:01+07:00", rows.get(1).get(1), "the city's time, ISO with the offset");
        assertEquals("Nguyễn Thị Lan", rows.get(1).get(5));
        assertEquals("Đường Kha Vạn Cân ngập sâu, \"kẹt xe\"\nmấy tiếng", rows.get(1).get(7));
        assertEquals("flooding; transport", rows.get(1).get(9));
        assertEquals("1000", rows.get(1).get(15));
        assertEquals("'" + HOSTILE, rows.get(2).get(7), "a formula is text");
        assertEquals("'-1 điểm", rows.get(3).get(7));
    }

    @Test
    void xlsxIsStreamedAndReadsBackWithVietnameseDatesAndNumbers() throws Exception {
        Path file = dir.resolve("a.xlsx");
        int n = 1_050; // more than the streaming window: most rows went through the temporary file
        String longText = "Ế".repeat(40_000);
        List<Path> tempBefore = poiTempFiles();
        try (ExportFile f = ExportFormat.XLSX.open(file, HEADERS)) {
            for (int i = 1; i <= n; i++) {
                f.row(post(i, i == 7 ? longText : i == 8 ? HOSTILE : "Người dân phản ánh ngập nước ở phường Linh Xuân " + i));
            }
            f.finish();
        }
        assertEquals(tempBefore, poiTempFiles(), "the streaming workbook's temporary files are deleted");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(n, sheet.getLastRowNum(), "header + n rows");
            Row head = sheet.getRow(0);
            assertEquals("Thời gian (giờ Việt Nam)", head.getCell(1).getStringCellValue());
            assertTrue(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(sheet.getColumnWidth(7) > sheet.getColumnWidth(12), "the text column is wide");
            Row first = sheet.getRow(1);
            assertEquals("x:1", first.getCell(0).getStringCellValue());
            Cell time = first.getCell(1);
            assertEquals(CellType.NUMERIC, time.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(time), "a real Excel date");
            assertEquals(LocalDateTime.of(2026, 12, 7, 0, 30, 1), time.getLocalDateTimeCellValue());
            assertEquals("Nguyễn Thị Lan", first.getCell(5).getStringCellValue());
            assertEquals("Người dân phản ánh ngập nước ở phường Linh Xuân 1", first.getCell(7).getStringCellValue());
            assertEquals(1000.0, first.getCell(15).getNumericCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(12).getCellType());
            String cut = sheet.getRow(7).getCell(7).getStringCellValue();
            assertEquals(32_767, cut.length(), "within Excel's cell limit");
            assertTrue(cut.endsWith("…"));
            Cell hostile = sheet.getRow(8).getCell(7);
            assertEquals(CellType.STRING, hostile.getCellType(), "text, never a formula");
            assertEquals(HOSTILE, hostile.getStringCellValue());
            assertEquals("x:" + n, sheet.getRow(n).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String s = "a".repeat(XlsxExportFile.MAX_CELL - 2) + "😀😀";
        String cut = XlsxExportFile.fitted(s);
        assertTrue(cut.length() <= XlsxExportFile.MAX_CELL);
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)), cut.substring(cut.length() - 3));
    }

    @Test
    void formatsAreCsvAndXlsxOnly() {
        assertEquals(ExportFormat.CSV, ExportFormat.parse(" CSV "));
        assertEquals(ExportFormat.XLSX, ExportFormat.parse("xlsx"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("pdf"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse(null));
    }

    private static List<Path> poiTempFiles() throws Exception {
        Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(poi)) {
            try (var files = Files.list(poi)) {
                files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).sorted().forEach(found::add);
            }
        }
        return found;
    }
}
