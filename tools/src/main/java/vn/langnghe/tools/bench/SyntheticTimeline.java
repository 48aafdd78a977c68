package vn.langnghe.tools.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up Mastodon hashtag timeline for benchmarks and reliability tests: {@code count} statuses
 * whose texts combine who, where, what, a detail, when and a closing remark, about one in ten a
 * repost of an older status ({@link Texts#MIXED}), with ids newest first as the API returns them, and
 * every tenth status answering the older one after it. {@link Texts#REPEATED} is the timeline the
 * benchmark used before session 5: it meant "few near-duplicates", but after a few rounds every
 * status was one of hundreds of earlier ones.
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

    /** What the statuses say. */
    public enum Texts {
        /** Varied sentences, one status in ten a repost of an older one: a stream as residents write it. */
        MIXED,
        /** 1,260 sentences repeated with a number: nearly every status a near-duplicate of earlier ones. */
        REPEATED
    }

    private final List<String> ids;
    private final long likes;
    private final Texts texts;
    /** Status i says what the generator's status {@code firstText + i} says. */
    private final int firstText;

    /** {@code salt} keeps the ids of different timelines apart. */
    public SyntheticTimeline(String salt, int count, long likes) {
        this(salt, count, likes, Texts.MIXED);
    }

    public SyntheticTimeline(String salt, int count, long likes, Texts texts) {
        this(salt, count, likes, texts, 0);
    }

    /**
     * A timeline whose texts start at the generator's status {@code firstText}: consecutive timelines
     * given consecutive ranges say new things, as a stream does, instead of repeating each other.
     */
    public SyntheticTimeline(String salt, int count, long likes, Texts texts, int firstText) {
        this.likes = likes;
        this.texts = texts;
        this.firstText = firstText;
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

    private static final String[] DETAIL = {"từ tuần trước tới giờ", "mấy ngày nay", "đã gửi đơn lên phường",
            "nhờ báo chí lên tiếng", "chụp hình gửi tổ dân phố", "gọi đường dây nóng chưa ai nghe", "đi làm về trễ",
            "con nhỏ đi học không được", "xe cứu thương cũng phải chờ", "hàng quán đóng cửa sớm", "giá thuê nhà lại tăng",
            "bà con lớn tuổi rất cần", "nhiều người đã ký tên", "khu phố bên cạnh đã làm rồi", "mong có lịch cụ thể",
            "cần thêm nhân lực", "đề nghị công khai kinh phí", "người thuê trọ bị ảnh hưởng nhiều nhất",
            "học sinh tan trường đúng giờ cao điểm", "mùa mưa năm nào cũng vậy", "đèn tín hiệu hư ba hôm",
            "ống nước bể chưa ai sửa", "cây xanh ngã chắn lối đi", "vỉa hè bị lấn chiếm", "chợ tạm họp lấn ra đường",
            "camera giao thông đã ghi lại", "công an phường đã tới kiểm tra", "tổ dân phố họp bàn tối qua",
            "đã phản ánh qua ứng dụng", "mong lãnh đạo quận xuống xem", "dịch vụ công trực tuyến bị lỗi",
            "xe rác tới trễ hai ngày", "mùi hôi bốc lên tận tầng năm", "nước sinh hoạt có màu vàng",
            "giờ cao điểm kẹt cứng", "hẻm nhỏ xe cứu hỏa không vào được", "công trình rào chắn cả năm",
            "bến xe buýt không có mái che", "trạm y tế đông quá", "trường mầm non thiếu chỗ"};
    private static final String[] WHEN = {"sáng nay", "chiều qua", "tối hôm kia", "từ đầu tháng", "cuối tuần rồi",
            "lúc nửa đêm", "sáng thứ hai", "trưa nay", "suốt mùa mưa", "dịp lễ vừa rồi", "từ năm ngoái", "hôm qua"};
    private static final String[] ASK = {"mong phường sớm xử lý", "ai biết chỉ giúp với", "cảm ơn các anh chị",
            "rất bức xúc", "mọi người chia sẻ giúp", "hy vọng lần này được giải quyết", "thật sự rất vui",
            "đề nghị kiểm tra lại", "không biết hỏi ai", "xin lắng nghe ý kiến người dân", "làm tốt lắm",
            "quá mệt mỏi rồi", "ủng hộ hết mình", "cần minh bạch hơn", "đừng để kéo dài", "mong được phản hồi",
            "chúc mừng cả khu phố", "thất vọng quá", "nhờ mọi người lan tỏa", "ghi nhận sự cố gắng"};
    private static final String[] SHARE = {" 👍", " #chiase", " (chia sẻ lại)", " ai cũng nên đọc", " 🙏"};
    /** One status in this many repeats an older one with a few words added, as reposts and shares do. */
    private static final int REPOST_EVERY = 10;

    /** The text of status {@code i}, of the kind this timeline was made with. */
    public String text(int i) {
        return texts == Texts.REPEATED ? repeated(firstText + i) : mixed(firstText + i);
    }

    /** Before session 5 every status was this: 1,260 who-where-what sentences, numbered, over and over. */
    private static String repeated(int i) {
        return WHO[i % WHO.length] + " " + WHERE[(i / 3) % WHERE.length] + " " + WHAT[(i / 7) % WHAT.length]
                + " (ý kiến số " + i + ")";
    }

    /**
     * Who, where, what, a detail, when and a closing remark drawn from the index (a few hundred million
     * combinations, so two posts rarely come close), except every {@link #REPOST_EVERY}th status, which
     * repeats an older one's text with a few words added: about one post in ten is a near-duplicate.
     */
    private static String mixed(int i) {
        long h = mix(i);
        int original = reposted(i);
        if (original >= 0) {
            return mixed(original) + SHARE[(int) Math.floorMod(h >>> 20, (long) SHARE.length)];
        }
        return WHO[pick(h, 0, WHO.length)] + " " + WHERE[pick(h, 6, WHERE.length)] + " " + WHAT[pick(h, 12, WHAT.length)]
                + ", " + DETAIL[pick(h, 18, DETAIL.length)] + ", " + WHEN[pick(h, 26, WHEN.length)] + ", "
                + ASK[pick(h, 32, ASK.length)] + " (ý kiến số " + i + ")";
    }

    /** The generator's status that status {@code i} repeats (one of the 200 older ones), or -1. */
    private static int reposted(int i) {
        long h = mix(i);
        if (Math.floorMod(h, REPOST_EVERY) != 0) {
            return -1;
        }
        int original = i + 1 + (int) Math.floorMod(h >>> 8, 200L);
        return original + (Math.floorMod(mix(original), REPOST_EVERY) == 0 ? 1 : 0);
    }

    /**
     * The status of this timeline whose words status {@code i} repeats, followed back to the one that said
     * them first (a repost of a repost leads to the first); {@code i} itself when it says something new.
     * What the platform's near-duplicate grouping would put them under. May lie beyond {@link #size()}.
     */
    public int firstSaidBy(int i) {
        if (texts == Texts.REPEATED) {
            return i;
        }
        int g = firstText + i;
        for (int o = reposted(g); o >= 0; o = reposted(g)) {
            g = o;
        }
        return g - firstText;
    }

    private static int pick(long h, int shift, int n) {
        return (int) Math.floorMod(h >>> shift, (long) n);
    }

    /** A fixed scramble of the index (SplitMix64's finaliser): the same timeline every run. */
    private static long mix(long i) {
        long z = (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
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
