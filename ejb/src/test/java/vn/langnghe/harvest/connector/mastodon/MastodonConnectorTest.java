package vn.langnghe.harvest.connector.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContractTest;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;

class MastodonConnectorTest extends ConnectorContractTest {
    private static final String PATH = "/api/v1/timelines/tag/saigon";

    @Override
    protected Connector connector() {
        MastodonConfig c = new MastodonConfig(baseUrl(), MastodonConfig.Timeline.TAG, "saigon", false, 3, 10);
        return new MastodonConnectorFactory().open(c, Credentials.of("accessToken", "tok-123"), context());
    }

    private String link(String maxId, String minId) {
        return "<" + baseUrl() + PATH + "?max_id=" + maxId + ">; rel=\"next\", <" + baseUrl() + PATH
                + "?min_id=" + minId + ">; rel=\"prev\"";
    }

    @Override
    protected List<String> stubAllPages() {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("max_id", absent())
                .willReturn(json(200, fixture("mastodon/page1.json"))
                        .withHeader("Link", link("113900000000000007", "113900000000000009"))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("max_id", equalTo("113900000000000007"))
                .willReturn(json(200, fixture("mastodon/page2.json"))
                        .withHeader("Link", link("113900000000000004", "113900000000000006"))));
        // the last page: no rel="next"
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("max_id", equalTo("113900000000000004"))
                .willReturn(json(200, fixture("mastodon/page3.json"))
                        .withHeader("Link", "<" + baseUrl() + PATH + "?min_id=113900000000000003>; rel=\"prev\"")));
        // the boosted status (…006) is harvested as its original, 113800000000000001
        return List.of("113900000000000009", "113900000000000008", "113900000000000007", "113800000000000001",
                "113900000000000005", "113900000000000004", "113900000000000003", "113900000000000002");
    }

    @Override
    protected void stubEmpty() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, "[]")));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("max_id", absent()).willReturn(reply));
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return json(401, "{\"error\":\"The access token is invalid\"}");
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return json(429, "{\"error\":\"Too many requests\"}")
                .withHeader("X-RateLimit-Limit", "300")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", NOW.plusSeconds(seconds).toString());
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("since=114800000000000000&pages=x7", "pages", "x7");
    }

    @Override
    protected String firstPageBody() {
        return fixture("mastodon/page1.json");
    }

    @Override
    protected ResponseDefinitionBuilder nearlySpentQuotaReply() {
        return json(200, firstPageBody())
                .withHeader("X-RateLimit-Limit", "300")
                .withHeader("X-RateLimit-Remaining", "20")
                .withHeader("X-RateLimit-Reset", NOW.plusSeconds(300).toString());
    }

    @Test
    void readsStatusesRepliesAndBoosts() throws ConnectorException {
        stubAllPages();
        Page first = connector().fetch(null);
        HarvestedItem jam = first.items().get(0);
        assertEquals("mastodon:113900000000000009", jam.id());
        assertTrue(jam.html(), "status content is HTML");
        assertTrue(jam.text().contains("Hàng Xanh"));
        assertEquals("dan1@mastodon.social", jam.authorName());
        HarvestedItem reply = first.items().get(2);
        assertEquals("comment", reply.kind());
        assertEquals("113899999999999990", reply.parentNativeId());
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer tok-123"))
                .withQueryParam("limit", equalTo("3")));
    }

    @Test
    void afterAWalkAsksOnlyForNewerStatuses() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        assertFalse(p.more());
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("since_id", equalTo("113900000000000009"))
                .willReturn(json(200, "[]")));
        Page later = c.fetch(p.nextCursor());
        assertTrue(later.items().isEmpty());
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("since_id", equalTo("113900000000000009")));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhileStreaming() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(new byte[3 * 1024 * 1024])));
        var ctx = new vn.langnghe.harvest.connector.ConnectorContext(
                new vn.langnghe.harvest.connector.HttpFetcher(new vn.langnghe.harvest.connector.HttpFetcher.Limits(
                        1024 * 1024, java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(20), "test")),
                java.time.Clock.systemUTC(), 100);
        Connector c = new MastodonConnectorFactory().open(
                new MastodonConfig(baseUrl(), MastodonConfig.Timeline.TAG, "saigon", false, 40, 5), Credentials.NONE, ctx);
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.langnghe.harvest.connector.BadReplyException.class, () -> c.fetch(null));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }
}
