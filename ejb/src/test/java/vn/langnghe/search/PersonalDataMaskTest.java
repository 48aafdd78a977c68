package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Authors' personal data as platforms write it, masked for units without clearance. */
class PersonalDataMaskTest {
    private static final PersonalDataMask MASK = new PersonalDataMask("a test key of 32 bytes, not real".getBytes(StandardCharsets.UTF_8));
    private static final PersonalDataMask OTHER_KEY = new PersonalDataMask("another key, also 32 bytes long.".getBytes(StandardCharsets.UTF_8));
    private static final Pattern HANDLE = Pattern.compile("tacgia-[0-9a-f]{6}");

    private static PostView post(String platform, String name, String id, String url, String text) {
        return new PostView(platform + ":1", platform, "post", null, text, name, id, url, Instant.EPOCH, "negative",
                List.of("flooding"), List.of("q1"), new PostView.Engagement(1, 2, 3, 4), List.of("ngập"), 0.9);
    }

    private static String h(String handle) {
        return MASK.handle(handle);
    }

    @Test
    void theQuickCheckNeverSkipsTextThePatternWouldMask() {
        List<String> texts = List.of("Liên hệ fb.com/lan.nguyen.3579 nhé", "xem https://x.com/minh_sg", "http://a.vn/b",
                "www.tinhte.vn", "mail lan.nguyen@gmail.com", "cc @minh_sg", "@lan@mastodon.social ơi", "tiktok.com/@sg",
                "youtube.net/kenh", "reddit.com/u/lan", "instagram.com/lan", "threads.net/@lan", "ftp://host/x",
                "Đường Nguyễn Hữu Cảnh ngập sâu sau mưa, xe chết máy hàng loạt.", "giá 100.000đ/kg, 5.com", "WWW.ABC.VN",
                "HTTPS://FB.COM/LAN", "a.com/", "x.net/abc", "", "@");
        for (String t : texts) {
            if (PersonalDataMask.SENSITIVE.matcher(t).find()) {
                assertTrue(PersonalDataMask.mayHoldSensitive(t), t);
            }
        }
        assertFalse(PersonalDataMask.mayHoldSensitive("Đường Nguyễn Hữu Cảnh ngập sâu sau mưa, xe chết máy hàng loạt."));
        assertEquals("Kẹt xe ở vòng xoay Hàng Xanh từ 7 giờ", MASK.apply(post("facebook", "Lan", "1", null,
                "Kẹt xe ở vòng xoay Hàng Xanh từ 7 giờ")).text());
    }

    @Test
    void pseudonymsAreTheSameOnEveryThread() throws Exception {
        String expected = MASK.apply(post("x", "Minh", "42", null, "cc @minh_sg")).text();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                all.add(pool.submit(() -> MASK.apply(post("x", "Minh", "42", null, "cc @minh_sg")).text()));
            }
            for (java.util.concurrent.Future<String> f : all) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void authorsGetAStableKeyedPseudonym() {
        PostView a = MASK.apply(post("facebook", "Nguyễn Thị Lan", "100004567890123", null, "Ngập quá"));
        PostView again = MASK.apply(post("facebook", "Lan Nguyễn (đổi tên)", "100004567890123", null, "Kẹt xe"));
        PostView other = MASK.apply(post("facebook", "Trần Văn Minh", "100009876543210", null, "Ngập quá"));
        assertTrue(a.authorName().matches("Tác giả [0-9a-f]{6}"), a.authorName());
        assertTrue(a.authorId().matches("tacgia-[0-9a-f]{12}"), a.authorId());
        assertEquals(a.authorName(), again.authorName(), "the same account keeps its pseudonym when it renames itself");
        assertEquals(a.authorId(), again.authorId());
        assertNotEquals(a.authorName(), other.authorName());
        assertTrue(a.authorId().startsWith("tacgia-" + a.authorName().substring("Tác giả ".length())), "name and id agree");
        assertNotEquals(a.authorId(), OTHER_KEY.apply(post("facebook", "Nguyễn Thị Lan", "100004567890123", null, "x")).authorId(),
                "without the key the pseudonym cannot be recomputed");
        assertFalse(a.toString().contains("Lan") || a.toString().contains("100004567890123"), a.toString());
        assertEquals("Ngập quá", a.text());
        assertEquals(new PostView.Engagement(1, 2, 3, 4), a.engagement());
        assertEquals(List.of("flooding"), a.topics());
    }

    @Test
    void anAuthorWithOnlyANameIsPseudonymisedByName() {
        PostView p = MASK.apply(post("rss", "Phóng viên Hà My", null, null, "Bài của Phóng viên Hà My về ngập"));
        assertTrue(p.authorName().startsWith("Tác giả "));
        assertEquals(null, p.authorId());
        assertEquals("Bài của " + p.authorName() + " về ngập", p.text(), "the author's own name in the text too");
    }

    @Test
    void facebookProfilesAndMentions() {
        PostView p = MASK.apply(post("facebook", "Lan", "1000", "https://www.facebook.com/lan.nguyen.3579/posts/pfbid0abc",
                "Liên hệ fb.com/lan.nguyen.3579 hoặc https://www.facebook.com/profile.php?id=100004567890123 hoặc "
                        + "https://m.facebook.com/people/Lan-Nguyen/100004567890123/, nhóm https://www.facebook.com/groups/123456/posts/789 "
                        + "và video https://www.facebook.com/watch/?v=555."));
        assertEquals("https://www.facebook.com/" + h("lan.nguyen.3579") + "/posts/pfbid0abc", p.url());
        assertEquals("Liên hệ fb.com/" + h("lan.nguyen.3579") + " hoặc https://www.facebook.com/profile.php?id="
                + h("100004567890123") + " hoặc https://m.facebook.com/people/" + h("Lan-Nguyen") + "/" + h("100004567890123")
                + "/, nhóm https://www.facebook.com/groups/123456/posts/789 và video https://www.facebook.com/watch/?v=555.", p.text());
    }

    @Test
    void xHandlesAndLinks() {
        PostView p = MASK.apply(post("x", "Minh 🇻🇳", "1234567", "https://x.com/minh_sg/status/1850000000000000000",
                "@UBND_TPHCM ơi đường ngập rồi! cc @minh_sg, xem https://twitter.com/minh_sg và https://x.com/search?q=ngap #ngapnuoc"));
        assertEquals("https://x.com/" + h("minh_sg") + "/status/1850000000000000000", p.url());
        assertEquals("@" + h("UBND_TPHCM") + " ơi đường ngập rồi! cc @" + h("minh_sg") + ", xem https://twitter.com/"
                + h("minh_sg") + " và https://x.com/search?q=ngap #ngapnuoc", p.text());
        assertEquals(h("minh_sg"), h("Minh_SG"), "handles are not case-sensitive");
    }

    @Test
    void tiktokYoutubeRedditMastodonAndInstagram() {
        assertEquals("https://www.tiktok.com/@" + h("saigon.review") + "/video/7300000000000000000",
                MASK.apply(post("tiktok", "SG", "x", "https://www.tiktok.com/@saigon.review/video/7300000000000000000", "")).url());
        PostView yt = MASK.apply(post("youtube", "Kênh Sài Gòn", "UCabc123", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "Theo dõi https://www.youtube.com/@KenhSaiGon và https://youtube.com/channel/UCabc123 hoặc youtu.be/dQw4w9WgXcQ"));
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", yt.url(), "a video link names no account");
        assertEquals("Theo dõi https://www.youtube.com/@" + h("KenhSaiGon") + " và https://youtube.com/channel/" + h("UCabc123")
                + " hoặc youtu.be/dQw4w9WgXcQ", yt.text());
        PostView reddit = MASK.apply(post("reddit", "u/saigonese", "t2_abc", "https://www.reddit.com/r/VietNam/comments/1abcd/ngap/",
                "as u/saigonese said in https://www.reddit.com/user/saigonese/ and old.reddit.com/u/another_one"));
        assertEquals("https://www.reddit.com/r/VietNam/comments/1abcd/ngap/", reddit.url());
        assertTrue(reddit.text().contains("https://www.reddit.com/user/" + h("saigonese") + "/"), reddit.text());
        assertFalse(reddit.text().contains("saigonese") || reddit.text().contains("another_one"), reddit.text());
        PostView masto = MASK.apply(post("mastodon", "Lan", "109000", "https://mastodon.social/@lan/111222333",
                "Gửi @lan@mastodon.social và @hoa@fosstodon.org, xem https://fosstodon.org/users/hoa/statuses/1"));
        assertEquals("https://mastodon.social/@" + h("lan") + "/111222333", masto.url());
        assertEquals("Gửi @" + h("lan") + " và @" + h("hoa") + ", xem https://fosstodon.org/users/" + h("hoa") + "/statuses/1",
                masto.text());
        assertEquals("https://www.instagram.com/" + h("lan.sg") + "/ và https://www.instagram.com/p/Cxyz123/",
                MASK.text("https://www.instagram.com/lan.sg/ và https://www.instagram.com/p/Cxyz123/", null, null));
    }

    @Test
    void emailsAreHiddenAndOrdinaryTextKept() {
        assertEquals("Gửi [email] hoặc [email].", MASK.text("Gửi lan.nguyen@gmail.com hoặc phan_anh@tphcm.gov.vn.", null, null));
        String plain = "Q.1 ngập 30cm lúc 7:30, giá 50.000đ, TP.HCM, email@ không đủ, @ một mình, x.com không link, #kẹtxe";
        assertEquals(plain, MASK.text(plain, null, null));
        assertEquals("https://tuoitre.vn/ngap-nang-o-q1-2026.htm", MASK.text("https://tuoitre.vn/ngap-nang-o-q1-2026.htm", null, null));
    }

    @Test
    void maskingTwiceChangesNothingMore() {
        PostView once = MASK.apply(post("x", "Minh", "1", "https://x.com/minh/status/1", "cc @minh https://x.com/minh"));
        String text = MASK.text(once.text(), null, null);
        assertEquals(once.text(), text);
        assertTrue(HANDLE.matcher(text).find());
    }
}
