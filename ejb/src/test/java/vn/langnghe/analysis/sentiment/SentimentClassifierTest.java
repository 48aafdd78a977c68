package vn.langnghe.analysis.sentiment;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.text.VietnameseNormalizer;

import static org.junit.jupiter.api.Assertions.*;

class SentimentClassifierTest {
    static VietnameseNormalizer normalizer;
    static SentimentClassifier classifier;

    @BeforeAll
    static void load() {
        normalizer = new VietnameseNormalizer();
        classifier = new SentimentClassifier(normalizer); // models from target/classes/analysis/models
    }

    static Sentiment vi(String s) { return classifier.classify(normalizer.normalize(s), Language.VI); }
    static Sentiment en(String s) { return classifier.classify(normalizer.normalize(s), Language.EN); }

    @Test
    void negation() {
        assertEquals(SentimentLabel.NEGATIVE, vi("Dịch vụ ở phường này không tốt chút nào").label());
        assertNotEquals(SentimentLabel.NEGATIVE, vi("Quán mới mở đồ ăn không tệ, giá cũng ổn").label());
        assertEquals(SentimentLabel.NEGATIVE, vi("Mình chẳng hài lòng với cách làm việc của ủy ban").label());
        assertEquals(SentimentLabel.POSITIVE, vi("Đường Nguyễn Hữu Cảnh mưa lớn mà không còn ngập nữa, tốt quá").label());
        assertTrue(vi("Dịch vụ ở phường này không tốt chút nào").evidence().contains("không tốt"),
                () -> vi("Dịch vụ ở phường này không tốt chút nào").evidence().toString());
    }

    @Test
    void intensifiersScale() {
        LexiconAnalysis plain = classifier.lexicon(Language.VI).analyse(normalizer.normalize("đường này tệ"));
        LexiconAnalysis strong = classifier.lexicon(Language.VI).analyse(normalizer.normalize("đường này quá tệ"));
        LexiconAnalysis weak = classifier.lexicon(Language.VI).analyse(normalizer.normalize("đường này hơi tệ"));
        assertTrue(strong.score() < plain.score() && plain.score() < weak.score() && weak.score() < 0,
                strong.score() + " " + plain.score() + " " + weak.score());
        Sentiment s = vi("Kẹt xe ở vòng xoay Hàng Xanh quá tệ, ngày nào cũng vậy");
        assertEquals(SentimentLabel.NEGATIVE, s.label());
        assertTrue(s.evidence().contains("quá tệ"), s.evidence().toString());
        assertTrue(vi("kẹt xe kinh khủng").score() < vi("hơi kẹt xe").score());
        // an intensifier does not reach across a comma
        Sentiment u = vi("Ket xe o nga tu Hang Xanh qua troi luon, met moi ghe");
        assertTrue(u.evidence().contains("ket xe") && u.evidence().contains("met moi ghe"), u.evidence().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tuyệt vời ông mặt trời, đèn đỏ 3 phút, đèn xanh 10 giây 👏",
            "Hay quá ha, mưa có 15 phút mà đường thành sông 🙃",
            "Tiền chống ngập đi đâu hết rồi vậy?",
            "Metro đẹp thật nhưng trễ hạn cả chục năm",
    })
    void sarcasmAndMixedAreNegative(String text) {
        assertEquals(SentimentLabel.NEGATIVE, vi(text).label(), text);
    }

    @Test
    void plainVietnamese() {
        assertEquals(SentimentLabel.POSITIVE, vi("Cảm ơn các anh công an phường đã hỗ trợ bà con rất nhiệt tình ❤️").label());
        assertEquals(SentimentLabel.NEUTRAL, vi("Thông báo: cúp điện khu vực Quận 7 từ 8h đến 16h ngày 12/6.").label());
        assertEquals(SentimentLabel.NEUTRAL, vi("Cho hỏi xe buýt nào đi từ Bến Thành lên sân bay vậy mn?").label());
        Sentiment s = vi("Nước cống trào ngược lên mặt đường hôi thối, khổ quá");
        assertEquals(SentimentLabel.NEGATIVE, s.label());
        assertTrue(s.score() < -0.3 && s.score() >= -1, String.valueOf(s.score()));
        assertFalse(s.evidence().isEmpty());
    }

    @Test
    void english() {
        Sentiment neg = en("The traffic in District 1 is absolutely terrible, an hour to go 5 km");
        assertEquals(SentimentLabel.NEGATIVE, neg.label());
        assertTrue(neg.evidence().stream().anyMatch(e -> e.contains("terrible")), neg.evidence().toString());
        assertEquals(SentimentLabel.POSITIVE, en("The new metro line is clean, fast and really convenient. Love it!").label());
        assertEquals(SentimentLabel.NEGATIVE, en("The service was not good at all").label());
        assertNotEquals(SentimentLabel.NEGATIVE, en("Honestly the food stalls were not bad, friendly staff too").label());
        assertEquals(SentimentLabel.NEUTRAL, en("Which bus goes from Ben Thanh to the airport?").label());
    }

    @Test
    void emojiOnly() {
        Sentiment s = vi("😡😡");
        assertEquals(SentimentLabel.NEGATIVE, s.label());
        assertEquals(java.util.List.of("😡"), s.evidence());
        assertEquals(SentimentLabel.POSITIVE, vi("😍👍").label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kẹt xe ở ngã tư Hàng Xanh quá trời luôn, mệt mỏi ghê | Ket xe o nga tu Hang Xanh qua troi luon, met moi ghe",
            "Dịch vụ không tốt chút nào | Dich vu khong tot chut nao",
            "Cảm ơn phường đã dọn sạch con hẻm, sạch đẹp hẳn | Cam on phuong da don sach con hem, sach dep han",
            "Lịch cúp điện Quận 3 ngày mai từ 8h đến 12h | Lich cup dien Quan 3 ngay mai tu 8h den 12h",
            "Bệnh viện quá tải, chờ cả buổi không tới lượt | Benh vien qua tai, cho ca buoi khong toi luot",
    })
    void unaccentedGetsTheSameLabel(String accented, String plain) {
        assertEquals(vi(accented).label(), vi(plain).label(), accented + " / " + plain);
    }

    @Test
    void otherLanguageIsNeutral() {
        assertEquals(SentimentLabel.NEUTRAL, classifier.classify(normalizer.normalize("c'est la vie"), Language.OTHER).label());
    }
}
