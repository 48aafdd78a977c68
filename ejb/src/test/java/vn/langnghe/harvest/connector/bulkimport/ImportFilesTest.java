package vn.langnghe.harvest.connector.bulkimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.HttpFetcher;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.SourceConfigException;

/** Import from server files and folders: CSV, XLSX, bad rows, garbage, hostile files, a million rows. */
class ImportFilesTest {
    private static final Instant NOW = Instant.parse("2025-07-15T03:00:00Z");
    private static final String CSV_MAPPING = "id=post_id,text=message,created=created_time,author=from_name,url=link,"
            + "platform=source,likes=reactions";

    @TempDir
    Path dir;

    /** As the harvester lends it: only {@link #dir} may be read. */
    private ConnectorContext context(Instant now, int maxItems) {
        return new ConnectorContext(new HttpFetcher(HttpFetcher.Limits.DEFAULTS), Clock.fixed(now, ZoneOffset.UTC), maxItems,
                List.of(dir));
    }

    private Connector csv(Path file, int pageSize, boolean skip) {
        return ImportConnectorTest.open(ImportConnectorTest.config(file.toString(), ImportConfig.Format.AUTO, CSV_MAPPING,
                "dd/MM/yyyy HH:mm", pageSize, skip), context(NOW, 5_000));
    }

    private Path copy(String fixture, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/harvest/import/" + fixture)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<HarvestedItem> all(Connector c) throws ConnectorException {
        List<HarvestedItem> items = new ArrayList<>();
        Page p;
        String cursor = null;
        do {
            p = c.fetch(cursor);
            items.addAll(p.items());
            cursor = p.nextCursor();
        } while (p.more());
        return items;
    }

    // ---- CSV ----

    @Test
    void readsQuotedMultiLineCsvWithADatePatternInHoChiMinhTime() throws ConnectorException, IOException {
        List<HarvestedItem> items = all(csv(copy("phan-anh.csv", "phan-anh.csv"), 2, false));
        assertEquals(List.of("cmt-001", "cmt-002", "cmt-003", "cmt-004"), items.stream().map(HarvestedItem::nativeId).toList(),
                "the blank line is not a row");
        HarvestedItem jam = items.get(0);
        assertEquals("Đường Nguyễn Thị Thập kẹt xe, đèn đỏ chờ 3 lượt mới qua", jam.text());
        assertEquals(Instant.parse("2025-07-15T00:45:00Z"), jam.createdAt(), "07:45 in Ho Chi Minh City");
        assertEquals(1234, jam.likes(), "1.234 is a thousands separator");
        assertEquals("Võ Thanh Tùng", jam.authorName());
        HarvestedItem flood = items.get(1);
        assertEquals("Hẻm 12 Lâm Văn Bền ngập sau mưa:\r\nnước tràn vào nhà, \"cứu\" với!", flood.text());
        assertEquals(1200, flood.likes(), "1,2K");
        assertEquals("zalo", items.get(2).platform());
        assertEquals("import", items.get(3).platform());
    }

    @Test
    void aPageWithUnreadableRowsFailsNamingThemOrSkipsThemWhenAsked() throws Exception {
        Path f = write("loi.csv", """
                post_id,message,created_time,from_name,link,source,reactions
                r1,Vỉa hè đường Cao Thắng bị lấn chiếm,14/07/2025 08:00,An,,facebook,3
                r2,,14/07/2025 08:10,Bình,,facebook,1
                r3,Đèn giao thông ngã tư hỏng,31/02/2025 25:00,Chi,,facebook,2
                r4,Rác ở chân cầu Chữ Y,14/07/2025 09:00,Dũng,,facebook,nhiều lắm
                r5,Cây xanh gãy đổ trên đường Võ Văn Kiệt,14/07/2025 10:00,Em,,facebook,9
                """);
        BadReplyException e = assertThrows(BadReplyException.class, () -> csv(f, 10, false).fetch(null));
        assertTrue(e.getMessage().contains("3 of the 5 rows on this page of loi.csv cannot be read"), e.getMessage());
        assertTrue(e.getMessage().contains("row 2 has no text (column message)"), e.getMessage());
        assertTrue(e.getMessage().contains("row 3 has a date \"31/02/2025 25:00\" that does not match the format dd/MM/yyyy HH:mm"),
                e.getMessage());
        assertTrue(e.getMessage().contains("row 4 has a likes count \"nhiều lắm\" that is not a number"), e.getMessage());

        List<HarvestedItem> kept = all(csv(f, 10, true));
        assertEquals(List.of("r1", "r5"), kept.stream().map(HarvestedItem::nativeId).toList());
        // the admin is told which rows were left out, on the page (and so on the source's last run)
        Page page = csv(f, 10, true).fetch(null);
        assertEquals(1, page.notes().size(), page.notes().toString());
        assertTrue(page.notes().get(0).startsWith("3 of the 5 rows on this page of loi.csv cannot be read"), page.notes().get(0));
        assertTrue(page.notes().get(0).endsWith("these rows were skipped"), page.notes().get(0));
    }

    @Test
    void aFileOfGarbageFailsClearly() throws Exception {
        Path dates = write("sai-dinh-dang.csv", """
                post_id,message,created_time,from_name,link,source,reactions
                a1,Kẹt xe,2025-07-14T08:00:00,An,,facebook,1
                a2,Ngập nước,2025-07-14T09:00:00,Bình,,facebook,2
                """.replace("2025-07-14T", "hôm qua "));
        BadReplyException e = assertThrows(BadReplyException.class, () -> csv(dates, 1, true).fetch(null));
        assertTrue(e.getMessage().startsWith("none of the 2 rows of sai-dinh-dang.csv can be read"), e.getMessage());

        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Path noise = Files.write(dir.resolve("anh.csv"), binary);
        BadReplyException b = assertThrows(BadReplyException.class, () -> csv(noise, 10, true).fetch(null));
        assertTrue(b.getMessage().contains("not valid UTF-8") || b.getMessage().contains("not a file of rows"), b.getMessage());
    }

    @Test
    void aMissingColumnNamesTheHeader() throws Exception {
        Path f = write("khac.csv", "id,noi_dung,ngay\n1,Kẹt xe,14/07/2025 08:00\n");
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> csv(f, 10, false).fetch(null));
        assertTrue(e.getMessage().contains("has no column created_time, from_name, link, message, post_id, reactions, source")
                && e.getMessage().contains("its header row has: id, noi_dung, ngay"), e.getMessage());
    }

    @Test
    void invalidUtf8InARowIsNamed() throws Exception {
        byte[] head = "post_id,message,created_time,from_name,link,source,reactions\nu1,Ng".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "p nước,14/07/2025 08:00,An,,facebook,1\nu2,Ổn,14/07/2025 08:00,An,,facebook,1\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head);
        out.write(new byte[] {(byte) 0xE1, (byte) 0xBA}); // the first two bytes of "ậ", cut
        out.write(tail);
        Path f = Files.write(dir.resolve("hong.csv"), out.toByteArray());
        BadReplyException e = assertThrows(BadReplyException.class, () -> csv(f, 10, false).fetch(null));
        assertTrue(e.getMessage().contains("row 1 is not valid UTF-8 text"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsAFileErrorNotAnEndlessRow() throws Exception {
        Path f = write("thieu-ngoac.csv", "post_id,message,created_time,from_name,link,source,reactions\n"
                + "q1,\"Mở ngoặc mà không đóng,14/07/2025 08:00,An,,facebook,1\nq2,Dòng sau,14/07/2025 08:00,An,,facebook,1\n");
        BadReplyException e = assertThrows(BadReplyException.class, () -> csv(f, 10, false).fetch(null));
        assertTrue(e.getMessage().contains("ends inside a quoted field"), e.getMessage());
    }

    // ---- a million rows ----

    @Test
    void aMillionRowFileStreamsPageByPageWithinThePageLimit() throws Exception {
        Path f = dir.resolve("trieu-dong.jsonl");
        long lateOffset = 0;
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            long offset = 0;
            for (int i = 1; i <= 1_000_000; i++) {
                if (i == 999_001) {
                    lateOffset = offset;
                }
                String line = "{\"id\":\"" + i + "\",\"text\":\"Kẹt xe đoạn " + i + "\",\"t\":1752548400}\n";
                w.write(line);
                offset += line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        ImportConfig config = ImportConnectorTest.config(f.toString(), ImportConfig.Format.AUTO, "id=id,text=text,created=t",
                "EPOCH_SECONDS", 5_000, false);
        Connector c = ImportConnectorTest.open(config, context(NOW, 1_000));
        Page first = c.fetch(null);
        assertEquals(1_000, first.items().size(), "the harvester's page limit wins over the configured 5000");
        assertTrue(first.more());
        long t0 = System.nanoTime();
        Page second = c.fetch(first.nextCursor());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("1001", second.items().get(0).nativeId());
        assertTrue(ms < 2_000, "the second page starts at its byte offset, without re-reading 1000 rows: " + ms + " ms");
        // far into the file: the cursor holds the offset, so a late page is as quick as an early one
        String late = first.nextCursor().replaceAll("row=\\d+", "row=999000").replaceAll("offset=\\d+",
                "offset=" + lateOffset);
        Page last = c.fetch(late);
        assertEquals("999001", last.items().get(0).nativeId());
        assertFalse(last.more());
        assertEquals(1_000, last.items().size());
    }

    // ---- XLSX ----

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("Phản ánh");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            String[] head = {"post_id", "message", "created_time", "from_name", "link", "source", "reactions"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Object[][] rows = {
                {"x1", "Cống thoát nước đường Lê Văn Lương bị nghẹt", LocalDateTime.of(2025, 7, 14, 8, 30), "Hồ Văn Sơn", "facebook", 12},
                {"x2", "Xe rác chạy giờ cao điểm gây mùi", "15/07/2025 06:15", "Mai Anh", "zalo", 3}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2); // a blank row between header and data
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                if (rows[r][2] instanceof LocalDateTime t) {
                    row.createCell(2).setCellValue(t);
                    row.getCell(2).setCellStyle(date);
                } else {
                    row.createCell(2).setCellValue((String) rows[r][2]);
                }
                row.createCell(3).setCellValue((String) rows[r][3]);
                row.createCell(5).setCellValue((String) rows[r][4]);
                row.createCell(6).setCellValue((Integer) rows[r][5]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithRealDateCells() throws Exception {
        Path f = Files.write(dir.resolve("phan-anh.xlsx"), workbook());
        List<HarvestedItem> items = all(csv(f, 1, false));
        assertEquals(2, items.size());
        assertEquals("Cống thoát nước đường Lê Văn Lương bị nghẹt", items.get(0).text());
        assertEquals(Instant.parse("2025-07-14T01:30:00Z"), items.get(0).createdAt(), "a date cell, whatever its display format");
        assertEquals(Instant.parse("2025-07-14T23:15:00Z"), items.get(1).createdAt(), "a text cell in the configured pattern");
        assertEquals(12, items.get(0).likes());
        assertEquals("zalo", items.get(1).platform());
    }

    @Test
    void aWorkbookWhoseSheetExpandsAThousandfoldIsRefused() throws Exception {
        byte[] bomb = replaceSheet(workbook(), 24);
        assertTrue(bomb.length < 512 * 1024, "small on disk: " + bomb.length);
        Path f = Files.write(dir.resolve("bom.xlsx"), bomb);
        BadReplyException e = assertThrows(BadReplyException.class, () -> csv(f, 10, false).fetch(null));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        // POI's check is one process-wide setting that any library may relax: our own budget holds without it
        double poiRatio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(0);
        try {
            BadReplyException ours = assertThrows(BadReplyException.class, () -> csv(f, 10, false).fetch(null));
            assertTrue(ours.getMessage().contains("zip bomb"), ours.getMessage());
            assertFalse(String.valueOf(ours.getCause()).contains("MIN_INFLATE_RATIO"), "our budget, not POI's check");
        } finally {
            ZipSecureFile.setMinInflateRatio(poiRatio);
        }
    }

    /** The same workbook with its sheet padded by {@code megabytes} of blanks, which deflate a thousandfold. */
    private static byte[] replaceSheet(byte[] xlsx, int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String sheet = new String(data, StandardCharsets.UTF_8);
                    int at = sheet.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(sheet.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(blanks);
                    }
                    zip.write(sheet.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(data);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---- folders ----

    @Test
    void aFolderIsImportedFileByFileAndLaterOnlyChangedFilesAgain() throws Exception {
        Instant old = NOW.minus(Duration.ofDays(1));
        Path a = copy("phan-anh.csv", "2025-07-14-phan-anh.csv");
        Path b = write("2025-07-15-them.csv", "post_id,message,created_time,from_name,link,source,reactions\n"
                + "n1,Đường Phạm Hữu Lầu sụt lún,15/07/2025 08:00,Khánh,,facebook,4\n");
        write(".tam.csv", "không được đọc");
        write("ghi-chu.txt", "không phải tệp nhập");
        for (Path p : List.of(a, b)) {
            Files.setLastModifiedTime(p, FileTime.from(old));
        }
        ImportConfig config = ImportConnectorTest.config(dir.toString(), ImportConfig.Format.AUTO, CSV_MAPPING,
                "dd/MM/yyyy HH:mm", 3, false);
        Connector c = ImportConnectorTest.open(config, context(NOW, 5_000));
        List<Integer> sizes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Page p;
        String cursor = null;
        do {
            p = c.fetch(cursor);
            sizes.add(p.items().size());
            p.items().forEach(i -> ids.add(i.nativeId()));
            cursor = p.nextCursor();
        } while (p.more());
        assertEquals(List.of("cmt-001", "cmt-002", "cmt-003", "cmt-004", "n1"), ids);
        assertEquals(List.of(3, 1, 1), sizes, "a page never spans two files");

        Files.writeString(b, "post_id,message,created_time,from_name,link,source,reactions\n"
                + "n1,Đường Phạm Hữu Lầu sụt lún,15/07/2025 08:00,Khánh,,facebook,40\n");
        Files.setLastModifiedTime(b, FileTime.from(NOW.plusSeconds(600)));
        Connector later = ImportConnectorTest.open(config, context(NOW.plusSeconds(3600), 5_000));
        Page again = later.fetch(cursor);
        assertEquals(List.of("n1"), again.items().stream().map(HarvestedItem::nativeId).toList());
        assertEquals(40, again.items().get(0).likes());
        assertFalse(again.more());
        assertTrue(later.fetch(again.nextCursor()).items().isEmpty());
    }

    @Test
    void checkCountsRowsAndUnreadableOnes() throws Exception {
        Path f = write("kiem-tra.csv", "post_id,message,created_time,from_name,link,source,reactions\n"
                + "k1,Ổn,14/07/2025 08:00,An,,facebook,1\nk2,,14/07/2025 08:00,An,,facebook,1\n");
        assertEquals("kiem-tra.csv: 2 rows, 1 cannot be read (row 2 has no text (column message))", csv(f, 10, false).check());
    }

    @Test
    void aFileOutsideTheConfiguredRootsIsAConfigError(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("tai-khoan.csv"), "post_id,message\n1,bí mật\n");
        vn.langnghe.harvest.connector.SourceConfigException e = assertThrows(
                vn.langnghe.harvest.connector.SourceConfigException.class, () -> csv(secret, 10, false).fetch(null));
        assertTrue(e.getMessage().contains("outside the folders sources may read"), e.getMessage());
    }
}
