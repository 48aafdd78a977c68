package vn.langnghe.harvest.connector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

/** FOLDER and UPLOAD modes on a temporary folder, with file times set by the test. */
class WebFolderTest {
    private static final Instant T0 = Instant.parse("2025-07-15T03:00:00Z");

    @TempDir
    Path dir;

    /** As the harvester lends it: only {@link #dir} may be read. */
    private ConnectorContext at(Instant now, long maxBytes) {
        return new ConnectorContext(new HttpFetcher(new HttpFetcher.Limits(maxBytes, Duration.ofSeconds(5),
                Duration.ofSeconds(30), "test")), Clock.fixed(now, ZoneOffset.UTC), 5_000, List.of(dir));
    }

    private Connector folder(Instant now, int pageSize) {
        return WebConnectorTest.open(new WebConfig(WebConfig.Mode.FOLDER, "", dir.toString(), pageSize, 1_000_000),
                at(now, 20L * 1024 * 1024));
    }

    private Path file(String relative, String text, Instant modified) throws IOException {
        return file(relative, text.getBytes(StandardCharsets.UTF_8), modified);
    }

    private Path file(String relative, byte[] bytes, Instant modified) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }

    private static List<String> names(List<HarvestedItem> items, Path root) {
        return items.stream().map(i -> root.relativize(Path.of(i.nativeId())).toString().replace('\\', '/')).toList();
    }

    private static List<HarvestedItem> walk(Connector c, String cursor, List<String> cursors, List<Integer> sizes)
            throws ConnectorException {
        List<HarvestedItem> all = new ArrayList<>();
        Page p;
        do {
            p = c.fetch(cursor);
            sizes.add(p.items().size());
            all.addAll(p.items());
            cursor = p.nextCursor();
        } while (p.more());
        cursors.add(cursor);
        return all;
    }

    @Test
    void walksFilesInNameOrderPageByPageAndSkipsWhatItDoesNotRead() throws Exception {
        Instant old = T0.minus(Duration.ofDays(3));
        file("2025-07/bien-ban-hop-to-dan-pho.txt", "Tổ dân phố 5 họp về việc lắp camera an ninh đầu hẻm.", old);
        file("2025-07/ke-hoach.docx", TestDocuments.docx("Kế hoạch tháng 7", "Dọn vệ sinh kênh Tân Hóa - Lò Gốm."), old);
        file("2025-06/phan-anh.xlsx", TestDocuments.xlsx(new String[] {"Nội dung"}, new String[] {"Cống nghẹt ở hẻm 45"}), old);
        file("a-thong-bao.html", "<html><head><title>Thông báo</title></head><body><p>Lịch tiêm chủng tháng 7.</p></body></html>", old);
        file("anh-chup.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, old);
        file(".an/bi-mat.txt", "không được đọc", old);
        file("2025-07/~$ke-hoach.docx", "tệp khóa của Word", old);
        Path outside = Files.writeString(Files.createTempFile("ngoai-thu-muc", ".txt"), "nằm ngoài thư mục");
        Files.createSymbolicLink(dir.resolve("lien-ket.txt"), outside);

        List<String> cursors = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<HarvestedItem> items = walk(folder(T0, 2), null, cursors, sizes);
        assertEquals(List.of("2025-06/phan-anh.xlsx", "2025-07/bien-ban-hop-to-dan-pho.txt", "2025-07/ke-hoach.docx",
                "a-thong-bao.html"), names(items, dir));
        assertEquals(List.of(2, 2), sizes, "two files per page");
        HarvestedItem docx = items.get(2);
        assertEquals("web", docx.platform());
        assertEquals(dir.resolve("2025-07/ke-hoach.docx").toString(), docx.nativeId());
        assertEquals("Kế hoạch tháng 7", docx.title());
        assertTrue(docx.text().contains("kênh Tân Hóa"));
        assertEquals("bien-ban-hop-to-dan-pho.txt", items.get(1).title(), "no title inside: the file name");
        assertEquals(old, items.get(1).createdAt());
        Files.delete(outside);
    }

    @Test
    void aLaterWalkTakesOnlyFilesChangedSinceThePreviousOne() throws Exception {
        Instant old = T0.minus(Duration.ofDays(1));
        file("bao-cao-1.txt", "Báo cáo ngập tuần 1.", old);
        file("bao-cao-2.txt", "Báo cáo ngập tuần 2.", old);
        List<String> cursors = new ArrayList<>();
        assertEquals(2, walk(folder(T0, 10), null, cursors, new ArrayList<>()).size());

        Instant later = T0.plus(Duration.ofHours(1));
        file("bao-cao-2.txt", "Báo cáo ngập tuần 2 (sửa số liệu).", T0.plus(Duration.ofMinutes(30)));
        file("bao-cao-3.txt", "Báo cáo ngập tuần 3.", T0.plus(Duration.ofMinutes(40)));
        List<HarvestedItem> changed = walk(folder(later, 10), cursors.get(0), cursors, new ArrayList<>());
        assertEquals(List.of("bao-cao-2.txt", "bao-cao-3.txt"), names(changed, dir));
        assertTrue(changed.get(0).text().contains("sửa số liệu"), "re-harvested under the same id");
        assertTrue(walk(folder(later.plusSeconds(60), 10), cursors.get(1), cursors, new ArrayList<>()).isEmpty());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        file("lon.txt", "x".repeat(2 * 1024 * 1024), T0.minusSeconds(60));
        Connector c = WebConnectorTest.open(new WebConfig(WebConfig.Mode.FOLDER, "", dir.toString(), 10, 1_000_000),
                at(T0, 1024 * 1024));
        BadReplyException e = assertThrows(BadReplyException.class, () -> c.fetch(null));
        assertTrue(e.getMessage().contains("lon.txt is 2 MB, over the limit of 1 MB; it was not read"), e.getMessage());
    }

    @Test
    void aZipBombInTheFolderStopsItWithTheFileNamed() throws Exception {
        file("tai-lieu/bom.docx", TestDocuments.zipBombDocx(), T0.minusSeconds(60));
        BadReplyException e = assertThrows(BadReplyException.class, () -> folder(T0, 10).fetch(null));
        assertTrue(e.getMessage().contains("tai-lieu/bom.docx looks like a zip bomb") && e.getMessage().contains("Remove the file"),
                e.getMessage());
    }

    @Test
    void invalidUtf8InAFileIsRefused() throws Exception {
        file("hong.txt", new byte[] {'N', 'g', (byte) 0xE1, (byte) 0xBA, 'p'}, T0.minusSeconds(60));
        BadReplyException e = assertThrows(BadReplyException.class, () -> folder(T0, 10).fetch(null));
        assertTrue(e.getMessage().contains("hong.txt is not valid UTF-8"), e.getMessage());
    }

    @Test
    void aScriptOnlyPageInAFolderIsSkippedNotFatal() throws Exception {
        file("a.html", "<html><body><script>render()</script></body></html>", T0.minusSeconds(60));
        file("b.txt", "Còn lại một tệp có nội dung.", T0.minusSeconds(60));
        Page p = folder(T0, 10).fetch(null);
        assertEquals(List.of("b.txt"), names(p.items(), dir));
    }

    @Test
    void anUploadFolderIsCreatedAndAMissingFolderIsAConfigError() throws ConnectorException {
        Path upload = dir.resolve("uploads/nguon-7");
        Connector c = WebConnectorTest.open(new WebConfig(WebConfig.Mode.UPLOAD, "", upload.toString(), 10, 1_000_000), at(T0, 1 << 20));
        Page p = c.fetch(null);
        assertTrue(p.items().isEmpty() && !p.more());
        assertTrue(Files.isDirectory(upload));
        Connector missing = WebConnectorTest.open(new WebConfig(WebConfig.Mode.FOLDER, "", dir.resolve("khong-co").toString(), 10,
                1_000_000), at(T0, 1 << 20));
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> missing.fetch(null));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        Connector relative = WebConnectorTest.open(new WebConfig(WebConfig.Mode.FOLDER, "", "", 10, 1_000_000), at(T0, 1 << 20));
        assertThrows(SourceConfigException.class, () -> relative.fetch(null), "never the server's working folder");
    }

    @Test
    void onlyFoldersUnderTheConfiguredRootsAreRead(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("mat-khau.txt"), "bí mật của máy chủ");
        for (String outside : List.of(elsewhere.toString(), dir.resolve("../" + elsewhere.getFileName()).toString(), "/etc")) {
            Connector c = WebConnectorTest.open(new WebConfig(WebConfig.Mode.FOLDER, "", outside, 10, 1_000_000),
                    at(T0, 1 << 20));
            SourceConfigException e = assertThrows(SourceConfigException.class, () -> c.fetch(null), outside);
            assertTrue(e.getMessage().contains("outside the folders sources may read"), e.getMessage());
        }
        // a link inside the root that leads out is judged by where it leads
        Path link = Files.createSymbolicLink(dir.resolve("loi-tat"), elsewhere);
        Connector linked = WebConnectorTest.open(new WebConfig(WebConfig.Mode.FOLDER, "", link.toString(), 10, 1_000_000),
                at(T0, 1 << 20));
        assertThrows(SourceConfigException.class, () -> linked.fetch(null));
        // an upload area outside the roots is not even created
        Path upload = elsewhere.resolve("uploads");
        Connector up = WebConnectorTest.open(new WebConfig(WebConfig.Mode.UPLOAD, "", upload.toString(), 10, 1_000_000),
                at(T0, 1 << 20));
        assertThrows(SourceConfigException.class, () -> up.fetch(null));
        assertTrue(Files.notExists(upload));
    }
}
