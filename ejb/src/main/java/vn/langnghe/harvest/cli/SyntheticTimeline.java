package vn.langnghe.harvest.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up Mastodon hashtag timeline for benchmarks and reliability tests: {@code count} statuses
 * whose texts combine who, where and what (so the analysis does real work and few are
 * near-duplicates), with ids newest first as the API returns them, and every tenth status answering
 * the older one after it.
 */
public final class SyntheticTimeline {
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

    private final List<String> ids;
    private final long likes;

    /** {@code salt} keeps the ids of different timelines apart. */
    public SyntheticTimeline(String salt, int count, long likes) {
        this.likes = likes;
        this.ids = new ArrayList<>(count);
        long base = 114_000_000_000_000_000L + (Math.abs((long) salt.hashCode()) % 10_000) * 1_000_000L;
        for (int i = 0; i < count; i++) {
            ids.add(Long.toString(base + count - i));
        }
    }

    public List<String> ids() {
        return ids;
    }

    public int size() {
        return ids.size();
    }

    public static String text(int i) {
        return WHO[i % WHO.length] + " " + WHERE[(i / 3) % WHERE.length] + " " + WHAT[(i / 7) % WHAT.length]
                + " (ý kiến số " + i + ")";
    }

    /** Status {@code i} as the Mastodon API writes it. */
    public String statusJson(int i) {
        String parent = i % 10 == 0 && i + 1 < ids.size() ? "\"" + ids.get(i + 1) + "\"" : "null";
        return "{\"id\":\"" + ids.get(i) + "\",\"created_at\":\""
                + Instant.parse("2025-07-14T12:00:00Z").minusSeconds(30L * i) + "\",\"visibility\":\"public\","
                + "\"url\":\"https://mastodon.example/@dan/" + ids.get(i) + "\",\"content\":\"<p>" + text(i) + "</p>\","
                + "\"spoiler_text\":\"\",\"replies_count\":" + i % 5 + ",\"reblogs_count\":" + i % 3
                + ",\"favourites_count\":" + likes + ",\"reblog\":null,\"in_reply_to_id\":" + parent
                + ",\"account\":{\"id\":\"" + (1000 + i % 50) + "\",\"acct\":\"dan" + i % 50
                + "@mastodon.example\",\"username\":\"dan" + i % 50 + "\"}}";
    }

    /** Statuses {@code from} (inclusive) to {@code to} (exclusive) as a JSON array. */
    public String pageJson(int from, int to) {
        StringBuilder b = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(',');
            }
            b.append(statusJson(i));
        }
        return b.append(']').toString();
    }
}
