package vn.langnghe.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.account.DataScope;
import vn.langnghe.audit.RecordingAuditLog;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.search.ExportSink;
import vn.langnghe.search.ExportedPost;
import vn.langnghe.search.PersonalDataMask;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchFilter;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchSort;

/**
 * Exports against a real Solr: 1,230 posts in two areas (more than two export pages). A ward reader's
 * file holds exactly its scope and, its unit having no personal-data clearance, pseudonyms and never a
 * name; the whole export is ONE audit event {@code export} with {@code rows=N}, never a search per page;
 * the cap keeps the first posts in the search's order and says so; cancelling stops between pages,
 * deletes the partial file and is audited; a job is its owner's only; the file goes after one download.
 */
class ExportIT {
    private static final Reader WARD = new Reader("phantich.q1", "ward-26740", DataScope.parse("q1", null, null), false);
    private static final Reader CITY = new Reader("admin", "city-admin", DataScope.WHOLE_CITY, true);
    private static final PersonalDataMask MASK = new PersonalDataMask("integration-test pseudonym key!!".getBytes(StandardCharsets.UTF_8));
    private static final int IN_Q1 = 1_030;
    private static final int IN_Q7 = 200;

    private static ExportRunningSolr solr;

    @TempDir
    Path dir;
    private RecordingAuditLog audit;
    private PostSearch search;
    private ExecutorService threads;

    /** Solr for the class, started once. */
    record ExportRunningSolr(vn.langnghe.solr.RunningSolr solr, SolrConnection connection) {
    }

    @BeforeAll
    static void start() throws Exception {
        var running = vn.langnghe.solr.SolrLauncher.startStandalone(
                vn.langnghe.solr.SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-solr"), 0));
        SolrConnection connection = new SolrConnection(running.baseUrls().get(0), running.collection(), 10_000, 2);
        solr = new ExportRunningSolr(running, connection);
        PostIndexer indexer = TestIndexers.indexer(connection);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < IN_Q1 + IN_Q7; i++) {
            boolean q1 = i < IN_Q1;
            posts.add(Post.builder("facebook", String.format("p%04d", i)).source("demo-replay")
                    .title("Phản ánh số " + i)
                    .text((q1 ? "Đường Nguyễn Huệ ngập nước" : "Quận 7 kẹt xe") + " — Trần Thị Hồng " + i + " (@hong.tran" + i + ") kể")
                    .url("https://facebook.com/hong.tran" + i).author("Trần Thị Hồng " + i, "uid-" + i).language("vi")
                    .createdAt(Instant.parse("2026-11-20T02:00:00Z").plusSeconds(i * 60L)).engagement(i, 1, 2, 3)
                    .regions(List.of(q1 ? "q1" : "q7"), List.of()).topics(List.of("flooding")).build());
        }
        indexer.index(posts);
        indexer.commit();
    }

    @AfterAll
    static void stop() {
        solr.connection().close();
        solr.solr().close();
    }

    @BeforeEach
    void service() {
        audit = new RecordingAuditLog();
        search = new PostSearch(solr.connection(), audit, MASK);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void threads() {
        threads.shutdownNow();
    }

    private ExportJobs jobs(long maxRows) {
        return new ExportJobs(search, threads, dir, new ExportLimits(maxRows, 2, 3, Duration.ofHours(1)), Clock.systemUTC());
    }

    private static ExportJob finished(ExportJob job) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!job.state().finished() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(job.state().finished(), "finished in time: " + job.state());
        return job;
    }

    private static byte[] download(ExportJobs jobs, String owner, ExportJob job) throws Exception {
        ExportJob ready = jobs.download(owner, job.id()).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jobs.send(ready, out);
        return out.toByteArray();
    }

    @Test
    void aWardExportHoldsItsScopeWithPseudonymsAndIsOneAuditEvent() throws Exception {
        ExportJobs jobs = jobs(100_000);
        ExportJob job = finished(jobs.start(WARD, SearchRequest.of("").withSort(SearchSort.NEWEST), ExportFormat.CSV,
                ExportFilesTest.HEADERS));
        assertEquals(ExportJob.State.DONE, job.state(), String.valueOf(job.problem()) + " " + job.detail());
        assertEquals(IN_Q1, job.total());
        assertEquals(IN_Q1, job.written());
        assertEquals(100, job.percent());
        assertFalse(job.capped());
        byte[] bytes = download(jobs, WARD.username(), job);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "BOM");
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(text.substring(1), CSVFormat.RFC4180)) {
            rows = p.getRecords();
        }
        assertEquals(IN_Q1 + 1, rows.size(), "header + every post in scope");
        assertEquals("facebook:p" + String.format("%04d", IN_Q1 - 1), rows.get(1).get(0), "newest first");
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(6).startsWith("Phản ánh số ")), "Vietnamese intact");
        assertFalse(text.contains("Trần Thị Hồng"), "no author name anywhere in the file of an uncleared unit");
        assertFalse(text.contains("hong.tran"), "nor handles or profile links");
        assertFalse(text.contains("Quận 7"), "nothing outside the scope");
        assertTrue(rows.get(1).get(5).matches("Tác giả [0-9a-f]{6}"), rows.get(1).get(5));
        assertEquals(List.of("phantich.q1 export null ok: rows=" + IN_Q1 + " format=csv q=\"\" sort=newest total=" + IN_Q1),
                audit.lines(), "one export event, no search per page");
        assertTrue(jobs.download(WARD.username(), job.id()).isEmpty(), "one download: the file is gone");
        assertEquals(0, Files.list(dir).count(), "nothing left in the export directory");
    }

    @Test
    void aClearedUnitsXlsxHasTheNamesAndTheCapKeepsTheFirstPostsInOrder() throws Exception {
        ExportJobs jobs = jobs(700);
        SearchRequest request = SearchRequest.of("").withSort(SearchSort.ENGAGEMENT)
                .withFilters(List.of(SearchFilter.parse("topic:flooding")));
        ExportJob job = finished(jobs.start(CITY, request, ExportFormat.XLSX, ExportFilesTest.HEADERS));
        assertEquals(ExportJob.State.DONE, job.state(), String.valueOf(job.problem()) + " " + job.detail());
        assertEquals(IN_Q1 + IN_Q7, job.total());
        assertEquals(700, job.expected());
        assertEquals(700, job.written());
        assertTrue(job.capped());
        assertTrue(job.fileName().matches("langnghe-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.xlsx"), job.fileName());
        try (InputStream in = new java.io.ByteArrayInputStream(download(jobs, CITY.username(), job));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(700, sheet.getLastRowNum());
            int last = IN_Q1 + IN_Q7 - 1;
            assertEquals("facebook:p" + last, sheet.getRow(1).getCell(0).getStringCellValue(), "most engagement first");
            assertEquals("Trần Thị Hồng " + last, sheet.getRow(1).getCell(5).getStringCellValue(), "a cleared unit sees names");
            assertEquals("facebook:p" + String.format("%04d", last - 699), sheet.getRow(700).getCell(0).getStringCellValue(), "the first 700 in order");
        }
        String event = audit.last();
        assertTrue(event.startsWith("admin export null ok: rows=700 format=xlsx q=\"\" f=[topic:flooding] sort=engagement total="
                + (IN_Q1 + IN_Q7) + " capped=700"), event);
    }

    @Test
    void cancellingStopsBetweenPagesDeletesThePartAndIsAudited() throws Exception {
        // at the search: the sink stops at the second page
        List<Integer> pages = new ArrayList<>();
        PostSearch.ExportResult r = search.export(CITY, SearchRequest.of(""), "csv", 100_000, "10.1.2.3", new ExportSink() {
            @Override
            public void begin(long total, long rows) {
            }

            @Override
            public boolean page(List<ExportedPost> posts) {
                pages.add(posts.size());
                return pages.size() < 2;
            }

            @Override
            public void end() {
                throw new AssertionError("a cancelled export does not end");
            }
        });
        assertTrue(r.cancelled());
        assertEquals(500, r.rows(), "the rows of the pages before");
        assertEquals(List.of(500, 500), pages, "nothing read after the stop");
        assertEquals("admin export null failed: rows=500 format=csv q=\"\" sort=relevance total=" + (IN_Q1 + IN_Q7)
                + " cancelled", audit.last());

        // as a job: cancelled before its first page is written, it ends cancelled with no file left
        CountDownLatch go = new CountDownLatch(1);
        ExportJobs jobs = new ExportJobs(search, task -> threads.execute(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        }), dir, new ExportLimits(100_000, 2, 3, Duration.ofHours(1)), Clock.systemUTC());
        ExportJob job = jobs.start(WARD, SearchRequest.of("ngập"), ExportFormat.XLSX, ExportFilesTest.HEADERS);
        assertFalse(jobs.cancel(CITY.username(), job.id()), "another account cannot cancel it");
        assertTrue(jobs.cancel(WARD.username(), job.id()));
        go.countDown();
        finished(job);
        assertEquals(ExportJob.State.CANCELLED, job.state());
        assertEquals(0, Files.list(dir).count(), "the partial file is deleted");
        assertTrue(audit.last().startsWith("phantich.q1 export null failed: rows=0 format=xlsx"), audit.last());
        assertTrue(audit.last().endsWith(" cancelled"), audit.last());
        assertTrue(jobs.download(WARD.username(), job.id()).isEmpty());
    }

    @Test
    void aJobIsItsOwnersOnlyAndRunsAreLimitedPerAccount() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExportJobs jobs = new ExportJobs(search, task -> threads.execute(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        }), dir, new ExportLimits(100_000, 2, 3, Duration.ofHours(1)), Clock.systemUTC());
        ExportJob a = jobs.start(WARD, SearchRequest.of(""), ExportFormat.CSV, ExportFilesTest.HEADERS);
        ExportJob b = jobs.start(WARD, SearchRequest.of(""), ExportFormat.CSV, ExportFilesTest.HEADERS);
        ExportRefusedException mine = assertThrows(ExportRefusedException.class,
                () -> jobs.start(WARD, SearchRequest.of(""), ExportFormat.CSV, ExportFilesTest.HEADERS));
        assertEquals(ExportRefusedException.Reason.TOO_MANY_OF_YOURS, mine.reason());
        jobs.start(CITY, SearchRequest.of(""), ExportFormat.CSV, ExportFilesTest.HEADERS);
        ExportRefusedException all = assertThrows(ExportRefusedException.class,
                () -> jobs.start(CITY, SearchRequest.of(""), ExportFormat.CSV, ExportFilesTest.HEADERS));
        assertEquals(ExportRefusedException.Reason.TOO_MANY_AT_ONCE, all.reason());
        go.countDown();
        finished(a);
        finished(b);
        assertTrue(jobs.job(CITY.username(), a.id()).isEmpty(), "another account does not see its progress");
        assertTrue(jobs.download(CITY.username(), a.id()).isEmpty(), "nor download it");
        assertTrue(jobs.download(WARD.username(), a.id()).isPresent());
        assertTrue(jobs.download(WARD.username(), "../../etc/passwd").isEmpty());
        assertTrue(jobs.download(WARD.username(), null).isEmpty());
    }

    @Test
    void finishedFilesExpire() throws Exception {
        ExportJobs jobs = new ExportJobs(search, threads, dir, new ExportLimits(10, 2, 3, Duration.ofMillis(1)),
                Clock.systemUTC());
        ExportJob job = finished(jobs.start(WARD, SearchRequest.of(""), ExportFormat.CSV, ExportFilesTest.HEADERS));
        assertEquals(1, Files.list(dir).count());
        Thread.sleep(5);
        jobs.expire();
        assertEquals(0, Files.list(dir).count(), "deleted after the expiry");
        assertTrue(jobs.job(WARD.username(), job.id()).isEmpty());
    }
}
