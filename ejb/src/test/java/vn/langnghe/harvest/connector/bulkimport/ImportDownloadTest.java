package vn.langnghe.harvest.connector.bulkimport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.HttpFetcher;
import vn.langnghe.harvest.connector.Page;

/**
 * An import over HTTP reads its file once per run, however many pages the run takes, and a run that
 * resumes a file asks only for the rest of it where the server supports Range requests. Served by a
 * local WireMock server that answers Range and If-Range like a file server (or ignores them).
 */
class ImportDownloadTest {
    private static final String PATH = "/exports/phan-anh.csv";
    private static final String MAPPING = "id=post_id,text=message,created=created_time";
    private static final int ROWS = 3_000;
    private static final int PAGE = 100;

    private WireMockServer server;
    /** Each file served is a new version, with its own ETag or Last-Modified. */
    private int version;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().extensions(new RangeRequests()));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    // ---- the file and the server ----

    /** Posts p00001... ; every 50th message spans two lines inside quotes, as exported long comments do. */
    private static String csv(int rows, String street) {
        StringBuilder b = new StringBuilder("post_id,message,created_time\r\n");
        for (int i = 1; i <= rows; i++) {
            String message = i % 50 == 0 ? "\"Phản ánh " + i + ":\nđường " + street + " ngập, \"\"khẩn\"\"\""
                    : "Phản ánh " + i + " về đường " + street;
            b.append(String.format("p%05d,%s,2025-07-%02dT08:%02d:00+07:00\r\n", i, message, 1 + i % 28, i % 60));
        }
        return b.toString();
    }

    private static List<String> ids(int rows) {
        return IntStream.rangeClosed(1, rows).mapToObj(i -> String.format("p%05d", i)).toList();
    }

    /** A server that answers Range requests (honouring If-Range unless told not to), or one that ignores them. */
    private enum Server { RANGES, RANGES_IGNORING_IF_RANGE, NO_RANGES }

    private enum Validator { ETAG, LAST_MODIFIED, NONE }

    private void serve(String path, byte[] body, String type, Server kind, Validator validator) {
        ResponseDefinitionBuilder reply = aResponse().withStatus(200).withHeader("Content-Type", type).withBody(body);
        version++;
        switch (validator) {
            case ETAG -> reply = reply.withHeader("ETag", "\"v" + version + "\"");
            case LAST_MODIFIED -> reply = reply.withHeader("Last-Modified",
                    String.format("Mon, 14 Jul 2025 %02d:00:00 GMT", version % 24));
            case NONE -> { }
        }
        if (kind != Server.NO_RANGES) {
            reply = reply.withHeader("Accept-Ranges", "bytes").withTransformers(RangeRequests.NAME)
                    .withTransformerParameter("ignoreIfRange", kind == Server.RANGES_IGNORING_IF_RANGE);
        }
        server.stubFor(get(urlPathEqualTo(path)).willReturn(reply));
    }

    private void serveCsv(String text, Server kind, Validator validator) {
        serve(PATH, text.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", kind, validator);
    }

    private Connector connector(String path, ImportConfig.Format format) {
        ConnectorContext context = new ConnectorContext(new HttpFetcher(HttpFetcher.Limits.DEFAULTS),
                Clock.fixed(Instant.parse("2025-07-15T03:00:00Z"), ZoneOffset.UTC), 5_000);
        return ImportConnectorTest.open(ImportConnectorTest.config(server.baseUrl() + path, format, MAPPING, "ISO", PAGE,
                false), context);
    }

    private Connector csvConnector() {
        return connector(PATH, ImportConfig.Format.AUTO);
    }

    /** What one run took: ids in order, its notes, the cursor it leaves, and what the server sent it. */
    private record Run(List<String> ids, List<String> notes, String cursor, boolean more, List<ServeEvent> requests) {
        long bytesServed() {
            return requests.stream().mapToLong(e -> e.getResponse().getBody().length).sum();
        }

        List<String> ranges() {
            return requests.stream().map(e -> e.getRequest().getHeader("Range")).toList();
        }
    }

    /** One run: a new connector instance, as the harvester opens one per run, taking at most {@code maxPages}. */
    private Run run(Connector c, String cursor, int maxPages) throws ConnectorException {
        server.resetRequests();
        List<String> ids = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Page p;
        int pages = 0;
        do {
            p = c.fetch(cursor);
            p.items().forEach(i -> ids.add(i.nativeId()));
            notes.addAll(p.notes());
            cursor = p.nextCursor();
        } while (p.more() && ++pages < maxPages);
        List<ServeEvent> served = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(served); // the journal lists the newest first
        return new Run(ids, notes, cursor, p.more(), served);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---- once per run ----

    @Test
    void aRunDownloadsItsFileOnceHoweverManyPagesItTakes() throws ConnectorException {
        String file = csv(ROWS, "Nguyễn Hữu Cảnh");
        serveCsv(file, Server.NO_RANGES, Validator.ETAG);
        Run all = run(csvConnector(), null, 1_000);
        assertEquals(ids(ROWS), all.ids(), "every row once, in order");
        assertFalse(all.more());
        assertEquals(1, all.requests().size(), "one download for " + ROWS / PAGE + " pages");
        assertEquals(file.getBytes(StandardCharsets.UTF_8).length, all.bytesServed());
    }

    @Test
    void withoutRangeSupportAResumedRunDownloadsTheFileOnceAndGoesOnAfterThePagesTaken() throws ConnectorException {
        for (Validator validator : Validator.values()) {
            serveCsv(csv(ROWS, "Lê Văn Lương"), Server.NO_RANGES, validator);
            Run first = run(csvConnector(), null, 7);
            assertTrue(first.more());
            Run rest = run(csvConnector(), first.cursor(), 1_000);
            assertEquals(ids(ROWS), concat(first.ids(), rest.ids()), validator + ": none lost, none twice");
            assertEquals(1, first.requests().size(), validator.toString());
            assertEquals(1, rest.requests().size(), validator + ": the server ignores Range, so the whole file, once");
        }
    }

    // ---- Range ----

    @Test
    void aResumedRunAsksOnlyForTheRestOfTheFile() throws ConnectorException {
        for (Validator validator : List.of(Validator.ETAG, Validator.LAST_MODIFIED)) {
            String file = csv(ROWS, "Võ Văn Kiệt");
            int size = file.getBytes(StandardCharsets.UTF_8).length;
            serveCsv(file, Server.RANGES, validator);
            Run first = run(csvConnector(), null, 10);
            assertEquals(size, first.bytesServed(), "the first run reads the whole file once (it is checked whole)");

            Run rest = run(csvConnector(), first.cursor(), 1_000);
            assertEquals(ids(ROWS), concat(first.ids(), rest.ids()), validator + ": none lost, none twice");
            assertFalse(rest.more());
            int taken = file.indexOf(String.format("p%05d,", first.ids().size() + 1));
            int rowsBytes = size - file.substring(0, taken).getBytes(StandardCharsets.UTF_8).length;
            int header = "post_id,message,created_time\r\n".length();
            assertEquals(rowsBytes + header, rest.bytesServed(), validator + ": the header row and the rows not yet taken");
            assertTrue(rest.ranges().stream().allMatch(r -> r != null && r.startsWith("bytes=")), rest.ranges().toString());
            assertTrue(rest.requests().stream().allMatch(e -> e.getRequest().getHeader("If-Range") != null),
                    "every range is asked for only if the file is still the same");
        }
    }

    @Test
    void aJsonLinesFileIsResumedWithOneRangeRequest() throws ConnectorException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= ROWS; i++) {
            b.append(String.format("{\"post_id\":\"p%05d\",\"message\":\"Phản ánh %d\",\"created_time\":\"2025-07-14T08:00:00+07:00\"}\n", i, i));
        }
        byte[] file = b.toString().getBytes(StandardCharsets.UTF_8);
        serve("/exports/posts.jsonl", file, "application/x-ndjson", Server.RANGES, Validator.ETAG);
        Run first = run(connector("/exports/posts.jsonl", ImportConfig.Format.AUTO), null, 5);
        Run rest = run(connector("/exports/posts.jsonl", ImportConfig.Format.AUTO), first.cursor(), 1_000);
        assertEquals(ids(ROWS), concat(first.ids(), rest.ids()));
        assertEquals(1, rest.requests().size());
        assertTrue(rest.bytesServed() < file.length - 5L * PAGE * 80, "only the rest: " + rest.bytesServed());
    }

    @Test
    void aFileChangedBetweenRunsIsImportedAgainFromItsTopNeverSlicedAtTheOldOffset() throws ConnectorException {
        record Change(String street, int rows) {
        }
        // a server that honours If-Range and one that does not; a change that keeps the length and one that does not
        for (Server kind : List.of(Server.RANGES, Server.RANGES_IGNORING_IF_RANGE)) {
            for (Change change : List.of(new Change("Võ Văn Kiệu", ROWS), new Change("Võ Văn Kiệt", ROWS + 7))) {
                serveCsv(csv(ROWS, "Võ Văn Kiệt"), kind, Validator.ETAG);
                Run first = run(csvConnector(), null, 10);
                serveCsv(csv(change.rows(), change.street()), kind, Validator.ETAG);
                Run again = run(csvConnector(), first.cursor(), 1_000);
                assertEquals(ids(change.rows()), again.ids(), kind + " / " + change + ": the changed file from its first row");
                assertEquals(List.of("phan-anh.csv changed while it was being imported (after row 1000); it is imported "
                        + "again from its first row (rows already taken are overwritten, not doubled)"), again.notes());
            }
        }
    }

    @Test
    void aResumedRunWhoseFileShrankBelowTheOffsetStartsAgain() throws ConnectorException {
        serveCsv(csv(ROWS, "Điện Biên Phủ"), Server.RANGES_IGNORING_IF_RANGE, Validator.ETAG);
        Run first = run(csvConnector(), null, 20);
        serveCsv(csv(100, "Điện Biên Phủ"), Server.RANGES_IGNORING_IF_RANGE, Validator.ETAG);
        Run again = run(csvConnector(), first.cursor(), 1_000);
        assertEquals(ids(100), again.ids());
    }

    @Test
    void aFinishedFileIsNotReadAgainByTheNextRunWhenUnchanged() throws ConnectorException {
        serveCsv(csv(ROWS, "Pasteur"), Server.RANGES, Validator.ETAG);
        Run first = run(csvConnector(), null, 10);
        Run rest = run(csvConnector(), first.cursor(), 1_000);
        Run later = run(csvConnector(), rest.cursor(), 1_000);
        assertEquals(List.of(), later.ids());
        assertNotNull(later.cursor());
    }

    // ---- XLSX: cannot be entered at an offset ----

    private static byte[] workbook(int rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("Phản ánh");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("post_id");
            h.createCell(1).setCellValue("message");
            h.createCell(2).setCellValue("created_time");
            for (int i = 1; i <= rows; i++) {
                var r = s.createRow(i);
                r.createCell(0).setCellValue(String.format("p%05d", i));
                r.createCell(1).setCellValue("Phản ánh " + i);
                r.createCell(2).setCellValue("2025-07-14T08:00:00+07:00");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWorkbookIsDownloadedOncePerRunAndNeverByRange() throws Exception {
        serve("/exports/phan-anh.xlsx", workbook(500), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Server.RANGES, Validator.ETAG);
        Run first = run(connector("/exports/phan-anh.xlsx", ImportConfig.Format.AUTO), null, 2);
        Run rest = run(connector("/exports/phan-anh.xlsx", ImportConfig.Format.AUTO), first.cursor(), 1_000);
        assertEquals(ids(500), concat(first.ids(), rest.ids()));
        assertEquals(1, first.requests().size());
        assertEquals(1, rest.requests().size());
        assertNull(rest.ranges().get(0), "a zipped sheet cannot be entered in the middle");
    }

    /**
     * Answers {@code Range: bytes=N-} and {@code bytes=N-M} of a stub's body with 206 and Content-Range,
     * like a static file server: a range starting past the end is 416, and an If-Range that no longer
     * matches the ETag or Last-Modified gives the whole (new) file, unless {@code ignoreIfRange}.
     */
    public static final class RangeRequests implements ResponseDefinitionTransformerV2 {
        static final String NAME = "ranges";
        private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            ResponseDefinition whole = event.getResponseDefinition();
            String range = event.getRequest().getHeader("Range");
            Matcher m = range == null ? null : RANGE.matcher(range);
            if (m == null || !m.matches()) {
                return whole;
            }
            String ifRange = event.getRequest().getHeader("If-Range");
            boolean ignoreIfRange = Boolean.TRUE.equals(event.getTransformerParameters().getBoolean("ignoreIfRange", false));
            if (ifRange != null && !ignoreIfRange && !ifRange.equals(validator(whole))) {
                return whole;
            }
            byte[] body = whole.getByteBody();
            long start = Long.parseLong(m.group(1));
            if (start >= body.length) {
                return ResponseDefinitionBuilder.like(whole).withStatus(416).withHeader("Content-Range", "bytes */" + body.length)
                        .withBody(new byte[0]).build();
            }
            long end = m.group(2).isEmpty() ? body.length - 1 : Math.min(Long.parseLong(m.group(2)), body.length - 1);
            return ResponseDefinitionBuilder.like(whole).withStatus(206)
                    .withHeader("Content-Range", "bytes " + start + "-" + end + "/" + body.length)
                    .withBody(Arrays.copyOfRange(body, (int) start, (int) end + 1)).build();
        }

        private static String validator(ResponseDefinition whole) {
            var etag = whole.getHeaders().getHeader("ETag");
            if (etag.isPresent()) {
                return etag.firstValue();
            }
            var modified = whole.getHeaders().getHeader("Last-Modified");
            return modified.isPresent() ? modified.firstValue() : null;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
