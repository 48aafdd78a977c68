package vn.langnghe.it;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Mastodon hashtag timeline of {@code count} statuses replayed by WireMock as the API documents it
 * (newest first, {@code limit} per page, {@code rel="next"} Link headers with {@code max_id}). The
 * texts vary so that the analysis has real work and near-duplicate grouping has few matches.
 */
final class MastodonReplay {
    static final int PAGE = 40;
    private static final String[] WHO = {"Người dân", "Bà con", "Tài xế", "Phụ huynh", "Tiểu thương", "Sinh viên",
            "Công nhân", "Cư dân chung cư", "Hội người cao tuổi", "Nhóm tình nguyện"};
    private static final String[] WHERE = {"phường Bến Thành", "Bình Thạnh", "Gò Vấp", "Thủ Đức", "quận 7",
            "Tân Bình", "Bình Tân", "quận 8", "Hóc Môn", "Nhà Bè", "chợ Bến Thành", "cầu Sài Gòn"};
    private static final String[] WHAT = {"phản ánh đường ngập sâu sau cơn mưa chiều", "than kẹt xe kéo dài cả tiếng",
            "khen công viên mới sạch đẹp thoáng mát", "hỏi lịch tiêm chủng cho trẻ ở trạm y tế",
            "bức xúc vì rác thải đổ trộm ven kênh", "mừng vì tuyến xe buýt mới chạy đúng giờ",
            "lo lắng tiền điện tháng này tăng cao", "đề nghị sửa đèn đường hư đã lâu",
            "cảm ơn cán bộ phường hỗ trợ làm giấy tờ nhanh", "phàn nàn tiếng ồn công trình ban đêm",
            "hỏi khi nào trường học mở thêm lớp", "ủng hộ dự án metro số 2"};

    private final WireMockServer server;
    private final String tag;

    MastodonReplay(WireMockServer server, String tag) {
        this.server = server;
        this.tag = tag;
    }

    String path() {
        return "/api/v1/timelines/tag/" + tag;
    }

    /** Status ids, newest first; unique per tag so sources never share items. */
    List<String> ids(int count) {
        List<String> ids = new ArrayList<>(count);
        long base = 114_000_000_000_000_000L + (Math.abs(tag.hashCode()) % 1000) * 1_000_000L;
        for (int i = 0; i < count; i++) {
            ids.add(Long.toString(base + count - i));
        }
        return ids;
    }

    /**
     * Stubs the timeline. {@code likes} is each status's favourites count (change it to simulate a
     * re-harvest with new engagement); {@code delayMs} slows every page down like a far-away API.
     */
    List<String> stub(int count, long likes, int delayMs) {
        List<String> ids = ids(count);
        for (int from = 0; from < count; from += PAGE) {
            int to = Math.min(count, from + PAGE);
            JsonArrayBuilder page = Json.createArrayBuilder();
            for (int i = from; i < to; i++) {
                page.add(status(ids, i, likes));
            }
            var reply = aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withFixedDelay(delayMs).withBody(page.build().toString());
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

    private static jakarta.json.JsonObject status(List<String> ids, int i, long likes) {
        String text = WHO[i % WHO.length] + " " + WHERE[(i / 3) % WHERE.length] + " " + WHAT[(i / 7) % WHAT.length]
                + " (ý kiến số " + i + ")";
        var s = Json.createObjectBuilder()
                .add("id", ids.get(i))
                .add("created_at", Instant.parse("2025-07-14T12:00:00Z").minusSeconds(30L * i).toString())
                .add("visibility", "public")
                .add("url", "https://mastodon.example/@dan/" + ids.get(i))
                .add("content", "<p>" + text + "</p>")
                .add("spoiler_text", "")
                .add("replies_count", i % 5)
                .add("reblogs_count", i % 3)
                .add("favourites_count", likes)
                .add("reblog", jakarta.json.JsonValue.NULL)
                .add("account", Json.createObjectBuilder().add("id", Integer.toString(1000 + i % 50))
                        .add("acct", "dan" + (i % 50) + "@mastodon.example").add("username", "dan" + (i % 50)));
        // every tenth status answers the (older) one after it
        if (i % 10 == 0 && i + 1 < ids.size()) {
            s.add("in_reply_to_id", ids.get(i + 1));
        } else {
            s.add("in_reply_to_id", jakarta.json.JsonValue.NULL);
        }
        return s.build();
    }
}
