package vn.langnghe.tools.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langnghe.index.Post;
import vn.langnghe.tools.demo.DemoPlaces.Area;
import vn.langnghe.tools.demo.DemoPlaces.Place;
import vn.langnghe.tools.demo.DemoTemplates.Template;

/**
 * A deterministic demo dataset: Vietnamese and English posts, comments, news articles and videos about
 * city issues in Ho Chi Minh City, built from the hand-written templates in {@code demo/templates.txt} and
 * the places in {@link DemoPlaces}. Each item carries the labels an analysis engine would add (sentiment,
 * topics, regions, keywords, hashtags), taken from its template.
 *
 * <p>Two random streams are used: one for content and ids, one for dates. The ids, texts and labels
 * therefore depend on the seed only; {@code now} moves the dates.
 */
public final class DemoDataset {
    public static final String SOURCE = "demo";

    /** The topic codes of the platform. */
    public static final List<String> TOPICS = List.of("transport", "flooding", "environment", "health", "education",
            "land_housing", "public_order", "public_services", "economy", "utilities", "social_welfare",
            "culture_tourism");

    public static final List<String> PLATFORMS = List.of("facebook", "youtube", "tiktok", "x", "instagram", "reddit",
            "mastodon", "news", "forum");

    /** Number of days before {@code now} that the dates cover. */
    public static final int DAYS = 60;

    static final int TARGET_SIZE = 720;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Days before 'now' of the heavy-rain day (flooding spike) and of the big traffic-jam day. */
    static final int FLOOD_DAY = 17;
    static final int JAM_DAY = 41;

    private DemoDataset() {
    }

    /** Same seed and same 'now' → identical list. Dates spread over the 60 days before 'now'. */
    public static List<Post> generate(long seed, Instant now) {
        Objects.requireNonNull(now, "now");
        return new Generator(seed, now, DemoTemplates.load()).run();
    }

    // ------------------------------------------------------------------------------------------------ data

    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)\\}");
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");

    private static final List<String> TIME_VI = List.of("sáng nay", "chiều nay", "tối qua", "hôm qua",
            "từ sáng tới giờ", "giờ tan tầm", "6h chiều nay", "trưa nay", "cả tuần nay", "sáng thứ 2");
    private static final List<String> TIME_EN = List.of("this morning", "tonight", "yesterday", "all week",
            "during rush hour", "last night");
    private static final List<String> WEEKDAY_VI = List.of("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu",
            "thứ Bảy", "Chủ nhật");
    private static final List<String> WEEKDAY_EN = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Map<String, List<String>> EMOJI = Map.of(
            "negative", List.of("😩", "😤", "😡", "🤬", "😭", "🙄", "😓", "🥲", "😮‍💨"),
            "neutral", List.of("🤔", "📌", "👀", "🙏", ""),
            "positive", List.of("😍", "👍", "❤️", "🥰", "👏", "😊", "🎉"));

    private static final List<String> TAGS_VI = List.of("saigon", "tphcm", "sàigòn", "hcm", "saigonnhatui",
            "songosaigon");
    private static final List<String> TAGS_EN = List.of("saigon", "hcmc", "hochiminhcity", "vietnam", "saigonlife",
            "expatlife");
    private static final Map<String, List<String>> TOPIC_TAGS = Map.ofEntries(
            Map.entry("transport", List.of("ketxe", "giaothong", "kẹtxe", "metro", "traffic")),
            Map.entry("flooding", List.of("ngapnuoc", "triềucường", "mualon", "ngập", "flood")),
            Map.entry("environment", List.of("moitruong", "racthai", "bụimịn", "airquality", "sống_xanh")),
            Map.entry("health", List.of("suckhoe", "sotxuathuyet", "benhvien", "health")),
            Map.entry("education", List.of("giaoduc", "tuyensinh", "hocphi", "phuhuynh")),
            Map.entry("land_housing", List.of("nhadat", "phongtro", "sohong", "chungcu", "rent")),
            Map.entry("public_order", List.of("anninh", "cuopgiat", "canhbao", "luadao", "safety")),
            Map.entry("public_services", List.of("dichvucong", "thutuc", "sapnhapphuong", "cccd")),
            Map.entry("economy", List.of("giaca", "kinhdoanh", "vieclam", "tieuthuong")),
            Map.entry("utilities", List.of("cupdien", "cupnuoc", "tiendien", "powercut")),
            Map.entry("social_welfare", List.of("thienguyen", "tuthien", "yeuthuong", "hotro")),
            Map.entry("culture_tourism", List.of("dulich", "amthuc", "saigonfood", "travelvietnam", "phodibo")));

    /** Terms that become keywords when the text contains them (matched without diacritics). */
    private static final List<String> TERMS_VI = List.of("kẹt xe", "ùn tắc", "ngập", "triều cường", "mưa lớn",
            "metro", "xe buýt", "tai nạn", "lô cốt", "rác", "bụi mịn", "khói bụi", "ô nhiễm", "karaoke", "cây xanh",
            "sốt xuất huyết", "bệnh viện", "tiêm", "bảo hiểm", "học phí", "tuyển sinh", "lớp 10", "giải tỏa",
            "đền bù", "sổ hồng", "chung cư", "phòng trọ", "cướp giật", "giật điện thoại", "trộm", "lừa đảo",
            "đua xe", "vỉa hè", "cháy", "căn cước", "dịch vụ công", "thủ tục", "sáp nhập", "cúp điện", "tiền điện",
            "cấp nước", "nước máy", "trợ cấp", "hỗ trợ", "thiện nguyện", "vé số", "du lịch", "lễ hội", "phố đi bộ",
            "chặt chém", "hải sản", "giá rau", "mặt bằng", "việc làm", "lương", "tiểu thương", "chống ngập",
            "đèn đường", "chợ đêm", "sinh viên");
    /** Terms that mean something else once the diacritics are gone (cháy/chạy, lương/lượng, tiêm/tiệm). */
    private static final Set<String> AMBIGUOUS_WITHOUT_MARKS = Set.of("cháy", "lương", "tiêm", "trộm", "lô cốt");
    private static final List<String> TERMS_EN = List.of("traffic", "rush hour", "metro", "bus", "grab", "flood",
            "flooded", "king tide", "rain", "aqi", "pollution", "noise", "trash", "dengue", "hospital", "dentist",
            "school", "tuition", "rent", "apartment", "landlord", "snatched", "scam", "ward", "visa",
            "temporary residence", "power cut", "water supply", "prices", "night market", "charity", "tourist",
            "sunset", "banh mi", "street food", "construction", "jobs");

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hoàng", "Gia", "Quốc",
            "Thu", "Hữu", "Bảo", "Anh", "Đức", "Kim", "Mỹ", "Tấn");
    private static final List<String> GIVEN = List.of("An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Hiếu", "Hùng",
            "Khoa", "Lan", "Linh", "Long", "Mai", "My", "Nam", "Nga", "Phúc", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo",
            "Trang", "Tuấn", "Tú", "Vy", "Yến", "Khang", "Duy", "Hiền", "Nhi", "Phương", "Thắng", "Đạt", "Trâm");
    private static final List<String> NICK = List.of("Bé Na", "Mẹ Bắp", "Ba Bin", "Tuấn Xe Ôm", "Cô Ba Chợ Lớn",
            "Anh Hai Sài Gòn", "Hoa Hướng Dương", "Gấu Mập", "Mèo Lười", "Út Cưng", "Dân Gò Vấp Chính Hiệu",
            "Sóc Nâu", "Tí Nị", "Chú Tư Xe Ba Gác", "Bánh Bao Nhỏ");
    private static final List<String> FIRST_EN = List.of("James", "Sarah", "Tom", "Emma", "Daniel", "Olivia", "Mark",
            "Chloe", "Ben", "Lucy", "Ryan", "Hannah", "Jake", "Sophie", "Kevin", "Anna", "Pierre", "Lars", "Mia",
            "Liam", "Grace", "Noah", "Priya", "Kenji");
    private static final List<String> LAST_EN = List.of("Walker", "Nguyen", "Smith", "Brown", "Miller", "Clarke",
            "Evans", "Tanaka", "Kim", "Mueller", "O'Brien", "Harris", "Lee", "Wilson", "Tran", "Dubois", "Jensen",
            "Patel");

    private static final List<String> FB_CITY_GROUPS_VI = List.of("fb:Sài Gòn Nhà Tui", "fb:Hội Những Người Yêu Sài Gòn",
            "fb:Cộng đồng Sài Gòn Phản Ánh", "fb:Review Sài Gòn Không Quảng Cáo", "fb:Hóng Biến Sài Gòn",
            "fb:Tin Giao Thông Sài Gòn Mỗi Ngày");
    private static final List<String> FB_GROUP_PATTERNS = List.of("fb:Cộng đồng %s", "fb:Hội cư dân %s", "fb:Người %s",
            "fb:Tin tức %s 24h", "fb:Tôi yêu %s");
    private static final List<String> FB_GROUPS_EN = List.of("fb:Saigon Expats Community", "fb:Expats in Ho Chi Minh City",
            "fb:Saigon Foodies", "fb:Thao Dien Expats");
    private static final List<String> FB_NEWS_VI = List.of("fb:Báo Tuổi Trẻ", "fb:Báo Thanh Niên", "fb:VnExpress",
            "fb:Báo Người Lao Động");
    private static final List<String> FB_NEWS_EN = List.of("fb:Tuoi Tre News", "fb:VnExpress International");
    private static final Set<String> OFFICIAL_PAGES = Set.of("fb:Tin Giao thông TP.HCM", "fb:Tin Chống ngập TP.HCM",
            "fb:Tin Y tế TP.HCM", "fb:Tin Thành phố Hồ Chí Minh", "fb:Ho Chi Minh City Notices (English)");
    private static final List<String> NEWS_VI = List.of("news:VnExpress", "news:Tuổi Trẻ", "news:Thanh Niên",
            "news:Người Lao Động", "news:Sài Gòn Giải Phóng");
    private static final List<String> NEWS_EN = List.of("news:VnExpress International", "news:Tuoi Tre News",
            "news:Saigon Times English");
    private static final List<String> YT_VI = List.of("yt:Tin nhanh Sài Gòn", "yt:Sài Gòn Vlog", "yt:Xóm Trọ TV",
            "yt:Ăn Sập Sài Gòn", "yt:Giao Thông 24h");
    private static final List<String> YT_EN = List.of("yt:Saigon Walker", "yt:Expat Life Saigon", "yt:Vietnam Food Trails");
    private static final List<String> TT_VI = List.of("tt:@saigondaily", "tt:@tinnong.sg", "tt:@reviewsaigon",
            "tt:@angiquan7", "tt:@ketxe.sg");
    private static final List<String> TT_EN = List.of("tt:@saigon.expat", "tt:@vietnam.eats");
    private static final List<String> X_VI = List.of("x:search kẹt xe", "x:search ngập", "x:search #tphcm",
            "x:search Sài Gòn");
    private static final List<String> X_EN = List.of("x:search #saigon", "x:search #hcmc", "x:search Ho Chi Minh City");
    private static final List<String> X_NEWS_EN = List.of("x:@saigonnews_en", "x:@vnexpress_intl_demo");
    private static final List<String> IG_VI = List.of("ig:#saigon", "ig:#sàigòn", "ig:#tphcm");
    private static final List<String> IG_EN = List.of("ig:#saigon", "ig:#hochiminhcity", "ig:#saigonlife");
    private static final List<String> REDDIT_VI = List.of("reddit:r/VietNam", "reddit:r/saigon");
    private static final List<String> REDDIT_EN = List.of("reddit:r/saigon", "reddit:r/VietNam", "reddit:r/travel");
    private static final List<String> MASTODON = List.of("mastodon:#saigon@mastodon.example",
            "mastodon:#hcmc@mastodon.example", "mastodon:#vietnam@social.example");

    // ------------------------------------------------------------------------------------------------ generator

    /** The places a template has named, kept so that title and text share them. */
    private static final class Ctx {
        final String lang;
        final String sentiment;
        final Map<String, Place> picked = new LinkedHashMap<>();
        Area distArea;
        String distName;

        Ctx(String lang, String sentiment) {
            this.lang = lang;
            this.sentiment = sentiment;
        }
    }

    /** The rendered text of one item, with its region facts. */
    private record Rendered(String title, String text, List<String> areas, List<String> units, List<String> places) {
    }

    private static final class Generator {
        private final Random rnd;
        private final Random clock;
        private final Instant now;
        private final LocalDate today;
        private final List<Template> templates;
        private final Set<String> ids = new HashSet<>();
        private final Map<String, List<String[]>> authors = new HashMap<>();
        private final List<Post> out = new ArrayList<>();
        private final double[] dayWeights = new double[DAYS];

        Generator(long seed, Instant now, List<Template> templates) {
            this.rnd = new Random(seed);
            this.clock = new Random(seed * 0x9E3779B97F4A7C15L + 17);
            this.now = now;
            this.today = LocalDate.ofInstant(now, ZONE);
            this.templates = templates;
            for (int d = 0; d < DAYS; d++) {
                DayOfWeek dow = today.minusDays(d).getDayOfWeek();
                dayWeights[d] = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0.5 : 1.0;
            }
        }

        List<Post> run() {
            while (out.size() < TARGET_SIZE) {
                thread();
            }
            out.sort(Comparator.comparing(Post::createdAt).thenComparing(p -> p.id()));
            return List.copyOf(out);
        }

        // -------------------------------------------------------------------------------------- one thread

        private void thread() {
            String lang = rnd.nextDouble() < 0.75 ? "vi" : "en";
            double ev = rnd.nextDouble();
            int spike = ev < 0.08 ? 1 : ev < 0.13 ? 2 : 0;
            String forcedTopic = spike == 1 ? "flooding" : spike == 2 ? "transport" : null;
            char reg = lang.equals("vi")
                    ? pick(new char[] {'R', 'N', 'O', 'V'}, new double[] {58, 17, 10, 15})
                    : pick(new char[] {'R', 'N', 'O', 'V'}, new double[] {66, 16, 4, 14});
            String sentiment = reg == 'R' ? pickSentiment(0.50, 0.26, 0.24) : null;
            Template t = template(reg, lang, sentiment, forcedTopic);
            String platform = platform(t.register(), lang);

            Ctx ctx = new Ctx(lang, t.sentiment());
            Rendered r = render(t, ctx, platform);
            String source = source(platform, t, ctx);
            String kind;
            String title = null;
            String text = r.text();
            String nativeId = nativeId(platform, false, null);
            String url = url(platform, source, nativeId, r.title() != null ? r.title() : text, null);
            switch (t.register()) {
                case 'N' -> {
                    if (platform.equals("news")) {
                        kind = "article";
                        title = r.title();
                    } else {
                        kind = "post";
                        String link = "https://news.example.vn/" + DemoText.slug(source.substring(3).replace("Báo ", ""), 3) + "/"
                                + DemoText.slug(r.title(), 8) + "-" + (1000000 + rnd.nextInt(9000000)) + ".html";
                        text = platform.equals("facebook")
                                ? r.title() + "\n\n" + r.text() + (lang.equals("vi") ? "\n👉 Đọc thêm: " : "\n👉 Read more: ")
                                        + link
                                : r.title() + " " + link;
                    }
                }
                case 'V' -> {
                    kind = "video";
                    title = r.title();
                }
                default -> {
                    kind = "post";
                    if (platform.equals("reddit") || platform.equals("forum")) {
                        title = deriveTitle(text);
                    }
                }
            }
            text = withHashtags(text, platform, t, lang);

            Instant created = topDate(spike);
            String[] author = author(platform, lang, t.register(), source);
            double mult = (spike == 1 ? 1.8 : 1.0) * (t.sentiment().equals("negative") ? 1.3 : 1.0);
            int k = poisson(commentMean(platform) * (spike > 0 ? 1.5 : 1.0) * (t.register() == 'O' ? 0.6 : 1.0));
            k = Math.min(k, 9);
            long[] eng = engagement(platform, kind, mult);
            long commentCount = k + (k > 0 ? (long) (k * rnd.nextDouble() * 2.5) : 0)
                    + (rnd.nextDouble() < 0.3 ? lognormal(1.5, 1.2) : 0);

            Post post = Post.builder(platform, nativeId)
                    .source(source).kind(kind).url(url)
                    .author(author[0], author[1])
                    .title(title).text(text).language(lang)
                    .createdAt(created).harvestedAt(harvested(created))
                    .engagement(eng[0], eng[1], commentCount, eng[2])
                    .sentiment(t.sentiment(), score(t.sentiment()))
                    .topics(t.topics())
                    .regions(r.areas(), r.units())
                    .keywords(keywords(text, title, lang, r.places()))
                    .hashtags(hashtags(text, title))
                    .build();
            out.add(post);
            for (int i = 0; i < k; i++) {
                comment(post, nativeId, r);
            }
        }

        private void comment(Post parent, String parentNative, Rendered parentRendered) {
            String platform = parent.platform();
            String lang = rnd.nextDouble() < 0.9 ? parent.language() : (parent.language().equals("vi") ? "en" : "vi");
            Template t = null;
            if (!parent.topics().isEmpty() && rnd.nextDouble() < 0.5) {
                t = templateOrNull('R', lang, pickSentiment(0.55, 0.2, 0.25), parent.topics().get(0));
                if (t == null) {
                    t = templateOrNull('R', lang, null, parent.topics().get(0));
                }
            }
            if (t == null) {
                t = template('C', lang, pickSentiment(0.45, 0.35, 0.2), null);
            }
            Ctx ctx = new Ctx(lang, t.sentiment());
            Rendered r = render(t, ctx, platform);
            List<String> topics = t.topics();
            List<String> areas = r.areas();
            List<String> units = r.units();
            if (t.register() == 'C') {
                topics = rnd.nextDouble() < 0.5 ? parent.topics() : List.of();
            }
            boolean inheritRegion = t.register() == 'C' ? rnd.nextDouble() < 0.6 : rnd.nextDouble() < 0.5;
            if ((areas.isEmpty() || areas.equals(List.of(CITY))) && inheritRegion) {
                areas = parent.regionAreas();
                units = parent.regionUnits();
            }
            String text = r.text();
            if (t.register() == 'C') {
                text = decorate(text, lang, t.sentiment());
            }
            if (platform.equals("reddit") || platform.equals("x") || platform.equals("mastodon")) {
                if (rnd.nextDouble() < 0.15) {
                    text = (lang.equals("vi") ? "Đồng ý. " : "Agreed. ") + text;
                }
            }
            String nativeId = nativeId(platform, true, parentNative);
            String url = url(platform, parent.source(), nativeId, parent.title() != null ? parent.title() : parent.text(),
                    parent.url());
            Instant created = commentDate(parent.createdAt());
            String[] author = author(platform, lang, 'R', parent.source());
            long likes = Math.max(0, lognormal(0.7, 1.3) - 1);
            out.add(Post.builder(platform, nativeId)
                    .source(parent.source()).kind("comment").url(url)
                    .parentId(parent.id()).threadId(parent.id())
                    .author(author[0], author[1])
                    .text(text).language(lang)
                    .createdAt(created).harvestedAt(harvested(created))
                    .engagement(likes, 0, rnd.nextDouble() < 0.15 ? 1 + rnd.nextInt(3) : 0, 0)
                    .sentiment(t.sentiment(), score(t.sentiment()))
                    .topics(topics)
                    .regions(areas, units)
                    .keywords(keywords(text, null, lang, r.places()))
                    .hashtags(hashtags(text, null))
                    .build());
        }

        private static final String CITY = "hcmc";

        /** Short reactions repeat a lot on real pages too; tags, emoji and fillers keep them apart. */
        private String decorate(String text, String lang, String sentiment) {
            boolean vi = lang.equals("vi");
            String out = text;
            double x = rnd.nextDouble();
            if (x < 0.3) {
                out = (vi ? one(GIVEN) + " " + one(FAMILY) : "@" + one(FIRST_EN).toLowerCase(Locale.ROOT)
                        + rnd.nextInt(100)) + " " + out;
            } else if (x < 0.5) {
                String prefix = one(vi ? List.of("Thiệt luôn.", "Haha", "Trời ơi,", "Ủa", "Nói thiệt,", "Hic")
                        : List.of("Honestly,", "Haha", "Wow.", "Yep,", "Hmm,"));
                if (prefix.endsWith(",") && !out.isEmpty()) {
                    out = out.substring(0, 1).toLowerCase(Locale.ROOT) + out.substring(1);
                }
                out = prefix + " " + out;
            }
            if (rnd.nextDouble() < 0.4) {
                out = out + " " + one(EMOJI.get(sentiment));
            }
            return out.trim();
        }

        // -------------------------------------------------------------------------------------- templates

        private Template template(char reg, String lang, String sentiment, String topic) {
            Template t = templateOrNull(reg, lang, sentiment, topic);
            if (t == null) {
                t = templateOrNull(reg, lang, null, topic);
            }
            if (t == null && topic != null) {
                t = templateOrNull(reg, lang, sentiment, null);
            }
            if (t == null) {
                t = templateOrNull('R', lang, sentiment, topic);
            }
            if (t == null) {
                t = templateOrNull('R', lang, null, null);
            }
            return t;
        }

        private Template templateOrNull(char reg, String lang, String sentiment, String topic) {
            List<Template> c = new ArrayList<>();
            for (Template t : templates) {
                if (t.register() == reg && t.lang().equals(lang)
                        && (sentiment == null || t.sentiment().equals(sentiment))
                        && (topic == null || t.topics().contains(topic))) {
                    c.add(t);
                }
            }
            return c.isEmpty() ? null : c.get(rnd.nextInt(c.size()));
        }

        private String pickSentiment(double neg, double neu, double pos) {
            double x = rnd.nextDouble() * (neg + neu + pos);
            return x < neg ? "negative" : x < neg + neu ? "neutral" : "positive";
        }

        // -------------------------------------------------------------------------------------- rendering

        private Rendered render(Template t, Ctx ctx, String platform) {
            String all = (t.title() == null ? "" : t.title()) + " " + t.text();
            Matcher pre = SLOT.matcher(all);
            while (pre.find()) {
                String slot = pre.group(1);
                if (isPlaceSlot(slot)) {
                    place(ctx, slot);
                }
            }
            String title = t.title() == null ? null : capitalize(fill(t.title(), ctx));
            String text = capitalize(fill(t.text(), ctx));
            boolean informal = t.lang().equals("vi") && (t.register() == 'R' || t.register() == 'C');
            if (informal) {
                if (!t.plain() && rnd.nextDouble() < 0.3) {
                    text = DemoText.teencode(text, rnd);
                }
                if (t.plain() || rnd.nextDouble() < 0.35) {
                    text = DemoText.stripDiacritics(text);
                    if (rnd.nextDouble() < 0.6) {
                        text = text.toLowerCase(Locale.ROOT);
                    }
                }
                if (rnd.nextDouble() < 0.12) {
                    text = text + (t.sentiment().equals("negative") ? "!!!" : "...");
                }
            }
            // region facts: wards (with their unit) first, so that units line up with areas
            List<String> areas = new ArrayList<>();
            List<String> units = new ArrayList<>();
            List<String> places = new ArrayList<>();
            for (Place p : ctx.picked.values()) {
                places.add(ctx.lang.equals("vi") ? p.vi() : p.en());
                if (p.unit() != null && !areas.contains(p.areas().get(0))) {
                    areas.add(p.areas().get(0));
                    units.add(p.unit());
                }
            }
            for (Place p : ctx.picked.values()) {
                for (String a : p.areas()) {
                    if (!areas.contains(a)) {
                        areas.add(a);
                    }
                }
            }
            if (ctx.distArea != null && !areas.contains(ctx.distArea.code())) {
                areas.add(ctx.distArea.code());
            }
            for (String a : t.areas()) {
                if (!areas.contains(a)) {
                    areas.add(a);
                }
            }
            if (areas.isEmpty() && !t.topics().isEmpty() && rnd.nextDouble() < 0.75) {
                areas.add(CITY);
            }
            return new Rendered(title, text, areas, units, places);
        }

        private static boolean isPlaceSlot(String slot) {
            return switch (slot) {
                case "road", "spot", "ward", "landmark", "market", "hospital" -> true;
                default -> false;
            };
        }

        private Place place(Ctx ctx, String slot) {
            Place p = ctx.picked.get(slot);
            if (p == null) {
                List<Place> list = switch (slot) {
                    case "road" -> DemoPlaces.ROADS;
                    case "spot" -> DemoPlaces.SPOTS;
                    case "ward" -> DemoPlaces.WARDS;
                    case "landmark" -> DemoPlaces.LANDMARKS;
                    case "market" -> DemoPlaces.MARKETS;
                    default -> DemoPlaces.HOSPITALS;
                };
                p = list.get(rnd.nextInt(list.size()));
                ctx.picked.put(slot, p);
            }
            return p;
        }

        private String fill(String s, Ctx ctx) {
            Matcher m = SLOT.matcher(s);
            StringBuilder sb = new StringBuilder();
            boolean vi = ctx.lang.equals("vi");
            while (m.find()) {
                String slot = m.group(1);
                String v;
                if (isPlaceSlot(slot)) {
                    Place p = place(ctx, slot);
                    v = vi ? p.vi() : p.en();
                } else {
                    v = switch (slot) {
                        case "dist" -> dist(ctx);
                        case "time" -> one(vi ? TIME_VI : TIME_EN);
                        case "hour" -> hour(vi);
                        case "weekday" -> one(vi ? WEEKDAY_VI : WEEKDAY_EN);
                        case "n" -> Integer.toString(2 + rnd.nextInt(8));
                        case "nn" -> Integer.toString(10 + rnd.nextInt(86));
                        case "emo" -> one(EMOJI.get(ctx.sentiment));
                        default -> throw new IllegalStateException("unknown slot {" + slot + "}");
                    };
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(v));
            }
            m.appendTail(sb);
            return sb.toString().replace("  ", " ").trim();
        }

        private String dist(Ctx ctx) {
            if (ctx.distName == null) {
                Area a;
                if (!ctx.picked.isEmpty()) {
                    Place p = ctx.picked.values().iterator().next();
                    a = DemoPlaces.areaByCode(p.areas().get(rnd.nextInt(p.areas().size())));
                } else {
                    a = DemoPlaces.AREAS.get(rnd.nextInt(DemoPlaces.AREAS.size()));
                }
                ctx.distArea = a;
                ctx.distName = one(ctx.lang.equals("vi") ? a.vi() : a.en());
            }
            return ctx.distName;
        }

        private String hour(boolean vi) {
            int h = 6 + rnd.nextInt(17);
            int min = rnd.nextInt(4) * 15;
            if (vi) {
                return h + "h" + (min == 0 ? "" : Integer.toString(min));
            }
            return (h > 12 ? h - 12 : h) + ":" + (min == 0 ? "00" : Integer.toString(min)) + (h >= 12 ? "pm" : "am");
        }

        private static String capitalize(String s) {
            if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
                return s;
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private static String deriveTitle(String text) {
            int end = text.length();
            for (int i = 15; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == ',' || c == '\n') {
                    end = i;
                    break;
                }
            }
            String t = text.substring(0, end).trim();
            if (t.length() > 80) {
                int cut = t.lastIndexOf(' ', 77);
                t = t.substring(0, cut > 20 ? cut : 77) + "…";
            }
            return t;
        }

        private String withHashtags(String text, String platform, Template t, String lang) {
            double p = switch (platform) {
                case "instagram", "tiktok" -> 0.9;
                case "mastodon" -> 0.7;
                case "x" -> 0.6;
                case "youtube" -> 0.5;
                case "facebook" -> t.register() == 'N' ? 0.0 : 0.2;
                default -> 0.0;
            };
            if (rnd.nextDouble() >= p) {
                return text;
            }
            int n = 1 + rnd.nextInt(platform.equals("instagram") || platform.equals("tiktok") ? 4 : 2);
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String tag;
                if (!t.topics().isEmpty() && rnd.nextDouble() < 0.6) {
                    tag = one(TOPIC_TAGS.get(t.topics().get(rnd.nextInt(t.topics().size()))));
                } else {
                    tag = one(lang.equals("vi") ? TAGS_VI : TAGS_EN);
                }
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            StringBuilder sb = new StringBuilder(text).append(platform.equals("instagram") ? "\n\n" : " ");
            for (int i = 0; i < tags.size(); i++) {
                sb.append(i == 0 ? "" : " ").append('#').append(tags.get(i));
            }
            return sb.toString();
        }

        private static List<String> hashtags(String text, String title) {
            List<String> tags = new ArrayList<>();
            for (String s : new String[] {title, text}) {
                if (s == null) {
                    continue;
                }
                Matcher m = HASHTAG.matcher(s);
                while (m.find()) {
                    String tag = m.group(1).toLowerCase(Locale.ROOT);
                    if (!tags.contains(tag)) {
                        tags.add(tag);
                    }
                }
            }
            return tags;
        }

        private static List<String> keywords(String text, String title, String lang, List<String> places) {
            List<String> out = new ArrayList<>();
            for (String p : places) {
                if (out.size() < 2 && !out.contains(p)) {
                    out.add(p);
                }
            }
            String all = (title == null ? "" : title + " ") + text;
            boolean exact = DemoText.hasDiacritics(all);
            String hay = exact ? all.toLowerCase(Locale.ROOT) : DemoText.fold(all);
            for (String term : lang.equals("vi") ? TERMS_VI : TERMS_EN) {
                if (out.size() >= 5) {
                    break;
                }
                if (!exact && AMBIGUOUS_WITHOUT_MARKS.contains(term)) {
                    continue;
                }
                String needle = exact ? term.toLowerCase(Locale.ROOT) : DemoText.fold(term);
                if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])")
                        .matcher(hay).find() && !out.contains(term)) {
                    out.add(term);
                }
            }
            return out;
        }

        // -------------------------------------------------------------------------------------- platforms

        private String platform(char reg, String lang) {
            boolean vi = lang.equals("vi");
            return switch (reg) {
                case 'N' -> vi ? pick(List.of("news", "facebook"), new double[] {78, 22})
                        : pick(List.of("news", "x", "mastodon"), new double[] {70, 20, 10});
                case 'O' -> vi ? pick(List.of("facebook", "x", "mastodon"), new double[] {85, 10, 5})
                        : pick(List.of("facebook", "x", "mastodon"), new double[] {60, 25, 15});
                case 'V' -> pick(List.of("youtube", "tiktok"), new double[] {55, 45});
                default -> vi
                        ? pick(List.of("facebook", "forum", "instagram", "x", "reddit", "mastodon"),
                                new double[] {52, 14, 9, 7, 4, 3})
                        : pick(List.of("reddit", "facebook", "x", "instagram", "mastodon", "forum"),
                                new double[] {30, 20, 18, 14, 12, 6});
            };
        }

        private String source(String platform, Template t, Ctx ctx) {
            boolean vi = ctx.lang.equals("vi");
            char reg = t.register();
            String topic = t.topics().isEmpty() ? "" : t.topics().get(0);
            switch (platform) {
                case "facebook":
                    if (reg == 'N') {
                        return one(vi ? FB_NEWS_VI : FB_NEWS_EN);
                    }
                    if (reg == 'O' && !vi) {
                        return "fb:Ho Chi Minh City Notices (English)";
                    }
                    if (reg == 'O') {
                        Place ward = ctx.picked.get("ward");
                        if (ward != null) {
                            return "fb:UBND " + capitalize(ward.vi());
                        }
                        return switch (topic) {
                            case "transport" -> "fb:Tin Giao thông TP.HCM";
                            case "flooding" -> "fb:Tin Chống ngập TP.HCM";
                            case "health" -> "fb:Tin Y tế TP.HCM";
                            default -> "fb:Tin Thành phố Hồ Chí Minh";
                        };
                    }
                    if (!vi) {
                        return one(FB_GROUPS_EN);
                    }
                    Area a = primaryArea(ctx);
                    if (a != null && rnd.nextDouble() < 0.6) {
                        int idx = DemoPlaces.AREAS.indexOf(a);
                        return String.format(FB_GROUP_PATTERNS.get(idx % FB_GROUP_PATTERNS.size()), a.vi().get(0));
                    }
                    return one(FB_CITY_GROUPS_VI);
                case "news":
                    return one(vi ? NEWS_VI : NEWS_EN);
                case "youtube":
                    return one(vi ? YT_VI : YT_EN);
                case "tiktok":
                    return one(vi ? TT_VI : TT_EN);
                case "x":
                    if (reg == 'N' || reg == 'O') {
                        return vi ? "x:@tinthanhpho_demo" : one(X_NEWS_EN);
                    }
                    return one(vi ? X_VI : X_EN);
                case "instagram":
                    return one(vi ? IG_VI : IG_EN);
                case "reddit":
                    return one(vi ? REDDIT_VI : REDDIT_EN);
                case "mastodon":
                    return one(MASTODON);
                default:
                    if (!vi) {
                        return "forum:Saigon Expat Forum";
                    }
                    return switch (topic) {
                        case "land_housing" -> "forum:Nhà Đất Sài Gòn - Hỏi đáp";
                        case "transport", "flooding" -> "forum:Xe & Đường phố Sài Gòn";
                        default -> "forum:Diễn đàn Cư dân Sài Gòn";
                    };
            }
        }

        /** Official and news pages (as opposed to groups) on Facebook. */
        private static boolean isPage(String source) {
            return source.startsWith("fb:UBND") || OFFICIAL_PAGES.contains(source) || FB_NEWS_VI.contains(source)
                    || FB_NEWS_EN.contains(source);
        }

        private static Area primaryArea(Ctx ctx) {
            if (!ctx.picked.isEmpty()) {
                return DemoPlaces.areaByCode(ctx.picked.values().iterator().next().areas().get(0));
            }
            return ctx.distArea;
        }

        private String nativeId(String platform, boolean comment, String parentNative) {
            for (int attempt = 0; ; attempt++) {
                String id = switch (platform) {
                    case "facebook" -> comment ? parentNative + "_" + digits(15) : digits(16);
                    case "youtube" -> comment ? "Ugx" + token(20) : token(11);
                    case "tiktok" -> (comment ? "75" : "74") + digits(17);
                    case "x" -> "18" + digits(17);
                    case "instagram" -> comment ? "17" + digits(15) : token(11);
                    case "reddit" -> comment ? "t1_" + base36(7) : "t3_" + base36(6);
                    case "mastodon" -> "11" + digits(16);
                    case "news" -> comment ? "cmt-" + digits(8) : "a" + digits(7);
                    default -> comment ? "p" + digits(7) : "t" + digits(6);
                };
                if (ids.add(Post.id(platform, id))) {
                    return id;
                }
                if (attempt > 100) {
                    throw new IllegalStateException("cannot make a unique id");
                }
            }
        }

        private String url(String platform, String source, String nativeId, String titleOrText, String parentUrl) {
            String handle = source.contains("@") ? source.substring(source.indexOf('@') + 1) : "user" + digits(5);
            if (parentUrl != null) {
                return switch (platform) {
                    case "facebook" -> parentUrl + "?comment_id=" + nativeId.substring(nativeId.indexOf('_') + 1);
                    case "youtube" -> parentUrl + "&lc=" + nativeId;
                    case "reddit" -> parentUrl + nativeId.substring(3) + "/";
                    case "instagram" -> parentUrl + "c/" + nativeId + "/";
                    case "x" -> "https://x.com/" + "user" + digits(5) + "/status/" + nativeId;
                    case "mastodon" -> "https://mastodon.example/@user" + digits(4) + "/" + nativeId;
                    case "forum" -> parentUrl + "post-" + nativeId.substring(1);
                    default -> parentUrl + "#comment-" + nativeId;
                };
            }
            String slug = DemoText.slug(titleOrText, 8);
            return switch (platform) {
                case "facebook" -> isPage(source)
                        ? "https://www.facebook.com/" + stableDigits(source, 15) + "/posts/" + nativeId
                        : "https://www.facebook.com/groups/" + stableDigits(source, 15) + "/posts/" + nativeId + "/";
                case "youtube" -> "https://www.youtube.com/watch?v=" + nativeId;
                case "tiktok" -> "https://www.tiktok.com/@" + handle + "/video/" + nativeId;
                case "x" -> "https://x.com/" + (source.startsWith("x:@") ? handle : "user" + digits(5)) + "/status/"
                        + nativeId;
                case "instagram" -> "https://www.instagram.com/p/" + nativeId + "/";
                case "reddit" -> "https://www.reddit.com/" + source.substring("reddit:".length()) + "/comments/"
                        + nativeId.substring(3) + "/" + DemoText.slug(titleOrText, 6).replace('-', '_') + "/";
                case "mastodon" -> "https://mastodon.example/@user" + digits(4) + "/" + nativeId;
                case "news" -> "https://news.example.vn/" + DemoText.slug(source.substring(5), 3) + "/" + slug + "-"
                        + nativeId.substring(1) + ".html";
                default -> "https://forum.example.vn/threads/" + DemoText.slug(titleOrText, 6) + "." + nativeId.substring(1)
                        + "/";
            };
        }

        // -------------------------------------------------------------------------------------- authors

        private String[] author(String platform, String lang, char reg, String source) {
            String page = source.substring(source.indexOf(':') + 1);
            if (reg == 'O' || (reg == 'N' && !platform.equals("news"))) {
                return new String[] {page, platform.equals("facebook") ? stableDigits(page, 15) : page};
            }
            if (platform.equals("youtube") && reg == 'V') {
                return new String[] {page, "UC" + stableToken(page, 22)};
            }
            if (platform.equals("tiktok") && reg == 'V') {
                return new String[] {page.substring(1), page};
            }
            if (platform.equals("news") && reg == 'N') {
                String name = viName(true);
                if (lang.equals("en")) {
                    name = DemoText.stripDiacritics(name);
                }
                return new String[] {name, "byline:" + DemoText.slug(name, 4)};
            }
            String key = platform + "/" + lang;
            List<String[]> pool = authors.computeIfAbsent(key, x -> new ArrayList<>());
            if (pool.size() > 3 && rnd.nextDouble() < 0.2) {
                return pool.get(rnd.nextInt(pool.size()));
            }
            String name = lang.equals("vi") && rnd.nextDouble() < 0.97 ? viName(false) : one(FIRST_EN) + " " + one(LAST_EN);
            String handle = handle(name);
            String[] a = switch (platform) {
                case "facebook" -> new String[] {name, "1000" + digits(11)};
                case "instagram" -> new String[] {handle, handle};
                case "x", "tiktok" -> new String[] {name, "@" + handle};
                case "youtube" -> new String[] {"@" + handle, "UC" + token(22)};
                case "reddit" -> new String[] {handle, "t2_" + base36(7)};
                case "mastodon" -> new String[] {name, "@" + handle + "@mastodon.example"};
                case "forum" -> new String[] {handle, "forum-u" + digits(6)};
                default -> new String[] {name, "reader-" + digits(8)};
            };
            pool.add(a);
            return a;
        }

        private String viName(boolean formal) {
            double x = rnd.nextDouble();
            if (formal || x < 0.55) {
                return one(FAMILY) + " " + one(MIDDLE) + " " + one(GIVEN);
            }
            if (x < 0.85) {
                return one(GIVEN) + " " + one(FAMILY);
            }
            return one(NICK);
        }

        private String handle(String name) {
            String[] w = DemoText.fold(name).replaceAll("[^a-z0-9 ]", "").trim().split("\\s+");
            String sep = one(List.of(".", "_", ""));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                sb.append(i == 0 ? "" : sep).append(w[i]);
            }
            if (rnd.nextDouble() < 0.6) {
                sb.append(rnd.nextInt(100));
            }
            return sb.toString();
        }

        // -------------------------------------------------------------------------------------- numbers

        private double commentMean(String platform) {
            return switch (platform) {
                case "facebook" -> 1.9;
                case "youtube" -> 1.6;
                case "tiktok" -> 1.5;
                case "reddit" -> 2.4;
                case "x" -> 0.9;
                case "instagram" -> 0.9;
                case "mastodon" -> 0.6;
                case "news" -> 1.1;
                default -> 2.0;
            };
        }

        /** likes, shares, views. */
        private long[] engagement(String platform, String kind, double mult) {
            double lm = Math.log(mult);
            long likes;
            long shares;
            long views;
            switch (platform) {
                case "youtube" -> {
                    views = lognormal(8.8 + lm, 1.5);
                    likes = (long) (views * uniform(0.01, 0.05));
                    shares = (long) (likes * uniform(0.02, 0.1));
                }
                case "tiktok" -> {
                    views = lognormal(9.8 + lm, 1.6);
                    likes = (long) (views * uniform(0.03, 0.12));
                    shares = (long) (likes * uniform(0.02, 0.15));
                }
                case "x" -> {
                    views = lognormal(7.0 + lm, 1.4);
                    likes = (long) (views * uniform(0.005, 0.03));
                    shares = (long) (likes * uniform(0.05, 0.4));
                }
                case "instagram" -> {
                    views = 0;
                    likes = lognormal(4.4 + lm, 1.2);
                    shares = (long) (likes * uniform(0, 0.05));
                }
                case "reddit" -> {
                    views = 0;
                    likes = lognormal(3.2 + lm, 1.4);
                    shares = 0;
                }
                case "mastodon" -> {
                    views = 0;
                    likes = lognormal(1.3 + lm, 1.0);
                    shares = (long) (likes * uniform(0.1, 0.6));
                }
                case "news" -> {
                    views = lognormal(8.3 + lm, 1.2);
                    likes = (long) (views * uniform(0.001, 0.01));
                    shares = (long) (views * uniform(0.002, 0.02));
                }
                case "forum" -> {
                    views = lognormal(6.0 + lm, 1.0);
                    likes = lognormal(1.0 + lm, 1.0);
                    shares = 0;
                }
                default -> {
                    views = 0;
                    likes = lognormal(3.6 + lm, 1.3);
                    shares = (long) (likes * uniform(0.02, 0.25));
                }
            }
            return new long[] {likes, shares, views};
        }

        private Double score(String sentiment) {
            double u = rnd.nextDouble();
            double s = switch (sentiment) {
                case "negative" -> -(0.35 + 0.6 * u);
                case "positive" -> 0.35 + 0.6 * u;
                default -> (u - 0.5) * 0.4;
            };
            return Math.round(s * 1000) / 1000.0;
        }

        private long lognormal(double mu, double sigma) {
            return Math.round(Math.exp(mu + sigma * rnd.nextGaussian()));
        }

        private double uniform(double a, double b) {
            return a + (b - a) * rnd.nextDouble();
        }

        private int poisson(double mean) {
            double l = Math.exp(-mean);
            int k = 0;
            double p = 1;
            do {
                k++;
                p *= rnd.nextDouble();
            } while (p > l);
            return k - 1;
        }

        private String digits(int n) {
            StringBuilder sb = new StringBuilder(n);
            sb.append((char) ('1' + rnd.nextInt(9)));
            for (int i = 1; i < n; i++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            return sb.toString();
        }

        private static final String B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        private static final String B36 = "abcdefghijklmnopqrstuvwxyz0123456789";

        private String token(int n) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(i > 0 && rnd.nextInt(16) == 0 ? (rnd.nextBoolean() ? '-' : '_') : B62.charAt(rnd.nextInt(62)));
            }
            return sb.toString();
        }

        private String base36(int n) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(B36.charAt(rnd.nextInt(36)));
            }
            return sb.toString();
        }

        /** Digits derived from a name only, so that a page keeps its id across items. */
        private static String stableDigits(String name, int n) {
            Random r = new Random(name.hashCode() * 31L + n);
            StringBuilder sb = new StringBuilder(n).append('1');
            for (int i = 1; i < n; i++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            return sb.toString();
        }

        private static String stableToken(String name, int n) {
            Random r = new Random(name.hashCode() * 17L + n);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(B62.charAt(r.nextInt(62)));
            }
            return sb.toString();
        }

        private <T> T one(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        private <T> T pick(List<T> options, double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double x = rnd.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return options.get(i);
                }
            }
            return options.get(options.size() - 1);
        }

        private char pick(char[] options, double[] weights) {
            List<Character> list = new ArrayList<>();
            for (char c : options) {
                list.add(c);
            }
            return pick(list, weights);
        }

        // -------------------------------------------------------------------------------------- dates (clock stream)

        private static final double[] HOUR_WEIGHTS = {0.3, 0.15, 0.1, 0.1, 0.1, 0.3, 0.8, 1.4, 1.6, 1.2, 1.0, 1.1,
                1.3, 1.0, 0.9, 0.9, 1.0, 1.3, 1.6, 1.8, 2.0, 2.0, 1.5, 0.8};
        private static final double[] FLOOD_HOUR_WEIGHTS = {0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 1.0, 1.0, 0.6, 0.5,
                0.5, 0.5, 0.6, 1.0, 2.5, 4.0, 4.5, 4.0, 3.5, 3.0, 2.5, 1.5, 0.8};
        private static final double[] JAM_HOUR_WEIGHTS = {0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 2.0, 4.0, 4.5, 3.0, 1.5, 1.0,
                1.0, 0.8, 0.8, 1.0, 2.0, 3.5, 4.0, 2.5, 1.5, 1.0, 0.5, 0.2};

        private Instant topDate(int spike) {
            Instant earliest = now.minus(Duration.ofDays(DAYS));
            for (int attempt = 0; attempt < 50; attempt++) {
                int d;
                double[] hw;
                if (spike == 1) {
                    d = clock.nextDouble() < 0.65 ? FLOOD_DAY : FLOOD_DAY - 1;
                    hw = FLOOD_HOUR_WEIGHTS;
                } else if (spike == 2) {
                    d = JAM_DAY;
                    hw = JAM_HOUR_WEIGHTS;
                } else {
                    d = weighted(clock, dayWeights);
                    hw = HOUR_WEIGHTS;
                }
                int h = weighted(clock, hw);
                Instant t = today.minusDays(d).atStartOfDay(ZONE).plusHours(h)
                        .plusMinutes(clock.nextInt(60)).plusSeconds(clock.nextInt(60)).toInstant();
                if (!t.isAfter(now) && !t.isBefore(earliest)) {
                    return t;
                }
            }
            return now.minusSeconds(60 + clock.nextInt(3600));
        }

        private Instant commentDate(Instant parent) {
            long delay = (long) (-Math.log(1 - clock.nextDouble()) * 150 * 60) + 30;
            Instant t = parent.plusSeconds(delay);
            if (t.isAfter(now)) {
                long span = Math.max(0, Duration.between(parent, now).getSeconds());
                t = parent.plusSeconds((long) (span * clock.nextDouble()));
            }
            return t;
        }

        private Instant harvested(Instant created) {
            Instant h = created.plusSeconds(120 + clock.nextInt(3 * 3600));
            return h.isAfter(now) ? now : h;
        }

        private static int weighted(Random r, double[] w) {
            double total = 0;
            for (double x : w) {
                total += x;
            }
            double x = r.nextDouble() * total;
            for (int i = 0; i < w.length; i++) {
                x -= w[i];
                if (x < 0) {
                    return i;
                }
            }
            return w.length - 1;
        }
    }
}
