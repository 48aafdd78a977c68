package vn.langnghe.harvest.connector.bulkimport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorContractTest;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;

/** Import from a URL: the contract on a JSON-lines export, then the URL-specific cases. */
class ImportConnectorTest extends ConnectorContractTest {
    static final String FACEBOOK_MAPPING = "id=post_id,text=message,created=created_time,author=from.name,authorId=from.id,"
            + "url=permalink_url,platform=source,likes=reactions.summary.total_count,comments=comments.summary.total_count,"
            + "shares=shares.count,parent=parent_id";
    private static final String PATH = "/exports/facebook-q7.jsonl";

    @Override
    protected String contentType() {
        return "application/x-ndjson; charset=utf-8";
    }

    static ImportConfig config(String location, ImportConfig.Format format, String mapping, String dateFormat, int pageSize,
                               boolean skipBadRows) {
        return new ImportConfig(location, format, mapping, dateFormat, "Asia/Ho_Chi_Minh", "import", ",", pageSize, skipBadRows);
    }

    static Connector open(ImportConfig config, ConnectorContext context) {
        ImportConnectorFactory f = new ImportConnectorFactory();
        assertEquals(List.of(), f.validate(config));
        return f.open(config, Credentials.NONE, context);
    }

    @Override
    protected Connector connector() {
        return open(config(baseUrl() + PATH, ImportConfig.Format.AUTO, FACEBOOK_MAPPING, "ISO", 3, false), context());
    }

    private ResponseDefinitionBuilder body(String text) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType()).withBody(text);
    }

    @Override
    protected List<String> stubAllPages() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(body(fixture("import/facebook-export.jsonl"))));
        return List.of("104857392011_882736450112", "104857392011_882736450112_1120", "104857392011_882736450112_1121",
                "209938475561_771234009988", "tt_7391122334455", "209938475561_771234110022", "104857392011_882700001234",
                "forum_88121");
    }

    @Override
    protected void stubEmpty() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(body("")));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(reply));
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return aResponse().withStatus(401).withHeader("WWW-Authenticate", "Basic realm=\"exports\"");
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return aResponse().withStatus(429).withHeader("Retry-After", Integer.toString(seconds));
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("v=etag-1&row=120&offset=4096%20", "offset", "4096 ");
    }

    @Override
    protected String firstPageBody() {
        return fixture("import/facebook-export.jsonl");
    }

    @Test
    void mapsNestedJsonFieldsCommentsAndPlatforms() throws ConnectorException {
        stubAllPages();
        List<HarvestedItem> items = new ArrayList<>();
        Connector c = connector();
        Page p = c.fetch(null);
        items.addAll(p.items());
        while (p.more()) {
            p = c.fetch(p.nextCursor());
            items.addAll(p.items());
        }
        HarvestedItem post = items.get(0);
        assertEquals("facebook:104857392011_882736450112", post.id());
        assertEquals("post", post.kind());
        assertEquals("Cư dân Quận 7 cũ", post.authorName());
        assertEquals("100064512233", post.authorId());
        assertEquals("https://www.facebook.com/104857392011/posts/882736450112", post.url());
        assertEquals(Instant.parse("2025-07-15T00:12:05Z"), post.createdAt(), "Facebook's +0000");
        assertEquals(152, post.likes());
        assertEquals(38, post.comments());
        assertEquals(12, post.shares());
        HarvestedItem reply = items.get(1);
        assertEquals("comment", reply.kind());
        assertEquals("104857392011_882736450112", reply.parentNativeId());
        assertEquals("104857392011_882736450112", reply.threadNativeId());
        assertEquals("tiktok", items.get(4).platform(), "the row's own platform: ids match the TikTok connector's");
        HarvestedItem forum = items.get(7);
        assertEquals("import", forum.platform(), "an empty platform takes the default");
        assertEquals(Instant.parse("2025-07-11T07:22:00Z"), forum.createdAt());
        assertNull(forum.url());
    }

    @Test
    void anUnchangedFileGivesNothingLaterAndAChangedOneIsImportedAgain() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        Page later = c.fetch(p.nextCursor());
        assertTrue(later.items().isEmpty() && !later.more());

        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(body(fixture("import/facebook-export.jsonl")
                .replace("\"reactions\":{\"summary\":{\"total_count\":152}}", "\"reactions\":{\"summary\":{\"total_count\":190}}"))));
        Page again = c.fetch(later.nextCursor());
        assertEquals("104857392011_882736450112", again.items().get(0).nativeId(), "from the first row again");
        assertEquals(190, again.items().get(0).likes(), "engagement updated on re-import");
    }

    @Test
    void aMillionRowReplyIsRefusedBeforeItIsRead() {
        byte[] million = new byte[1_000_000 * 64];
        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", contentType()).withBody(million));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }

    @Test
    void aFormatThatCannotBeToldIsAConfigQuestion() {
        server.stubFor(get(urlPathEqualTo("/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody("a,b\n1,2\n")));
        var e = assertThrows(vn.langnghe.harvest.connector.SourceConfigException.class, () ->
                open(config(baseUrl() + "/export", ImportConfig.Format.AUTO, "id=a,text=b,created=a", "ISO", 10, false), context())
                        .fetch(null));
        assertTrue(e.getMessage().contains("choose CSV, JSON_LINES or XLSX"), e.getMessage());
    }

    @Test
    void validationNamesEveryProblem() {
        ImportConnectorFactory f = new ImportConnectorFactory();
        assertEquals(List.of(), f.validate(f.defaultConfig()));
        List<String> problems = f.validate(new ImportConfig("uploads/x.csv", ImportConfig.Format.CSV,
                "id=post_id,body=message,text=", "ngày dd/MM/yyyy {giờ}", "Sao Hoa/Quan 1", "Facebook Page", "#", 0, false));
        assertEquals(List.of("location must be an http(s) URL or an absolute path on the server",
                "mapping: unknown field \"body\" (known: id, text, created, title, author, authorId, url, platform, kind, parent, "
                        + "thread, likes, shares, comments, views)",
                "mapping: \"text\" has no column after '='",
                "mapping: \"text\" must be mapped to a column",
                "mapping: \"created\" must be mapped to a column"), problems.subList(0, 5));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("dateFormat")), problems.toString());
        assertTrue(problems.contains("timeZone must be a zone such as Asia/Ho_Chi_Minh"));
        assertTrue(problems.contains("defaultPlatform must be a short lower-case name such as import or facebook"));
        assertTrue(problems.contains("csvDelimiter must be , ; | or tab"));
        assertTrue(problems.contains("pageSize must be between 1 and 5000"));
    }
}
