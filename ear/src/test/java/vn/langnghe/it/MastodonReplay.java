package vn.langnghe.it;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import vn.langnghe.tools.bench.SyntheticTimeline;

/**
 * A Mastodon hashtag timeline of {@code count} statuses replayed by WireMock as the API documents it
 * (newest first, {@code limit} per page, {@code rel="next"} Link headers with {@code max_id}), with the
 * statuses of {@link SyntheticTimeline}.
 */
final class MastodonReplay {
    static final int PAGE = 40;
    private final WireMockServer server;
    private final String tag;
    /** Requests left and the window's size, sent as X-RateLimit-* headers on every page (none when null). */
    private int[] rateLimit;

    MastodonReplay(WireMockServer server, String tag) {
        this.server = server;
        this.tag = tag;
    }

    /** The pages say that only {@code remaining} of {@code limit} requests are left in the window. */
    MastodonReplay withRateLimit(int remaining, int limit) {
        rateLimit = new int[] {remaining, limit};
        return this;
    }

    String path() {
        return "/api/v1/timelines/tag/" + tag;
    }

    /**
     * Stubs the timeline. {@code likes} is each status's favourites count (change it to simulate a
     * re-harvest with new engagement); {@code delayMs} slows every page down like a far-away API.
     */
    List<String> stub(int count, long likes, int delayMs) {
        // the repeated sentences: HarvestIT checks what the analysis makes of status 0's known text
        SyntheticTimeline timeline = new SyntheticTimeline(tag, count, likes, SyntheticTimeline.Texts.REPEATED);
        List<String> ids = timeline.ids();
        for (int from = 0; from < count; from += PAGE) {
            int to = Math.min(count, from + PAGE);
            var reply = aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withFixedDelay(delayMs).withBody(timeline.pageJson(from, to));
            if (rateLimit != null) {
                reply.withHeader("X-RateLimit-Remaining", Integer.toString(rateLimit[0]))
                        .withHeader("X-RateLimit-Limit", Integer.toString(rateLimit[1]))
                        .withHeader("X-RateLimit-Reset", java.time.Instant.now().plusSeconds(300).toString());
            }
            if (to < count) {
                reply.withHeader("Link", "<" + server.baseUrl() + path() + "?max_id=" + ids.get(to - 1) + ">; rel=\"next\", <"
                        + server.baseUrl() + path() + "?min_id=" + ids.get(from) + ">; rel=\"prev\"");
            }
            var request = get(urlPathEqualTo(path()));
            request = from == 0 ? request.withQueryParam("max_id", absent()).withQueryParam("since_id", absent())
                    : request.withQueryParam("max_id", equalTo(ids.get(from - 1)));
            server.stubFor(request.willReturn(reply));
        }
        // later runs ask for what is newer than the newest status: nothing
        server.stubFor(get(urlPathEqualTo(path())).withQueryParam("since_id", equalTo(ids.get(0)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));
        return ids;
    }
}
