package vn.langnghe.analysis.lang;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static final LanguageDetector detector = new LanguageDetector();

    record Sample(String text, Language expected) {}

    static final List<Sample> SAMPLES = List.of(
            // Vietnamese with diacritics
            new Sample("Kẹt xe quá trời luôn mọi người ơi", Language.VI),
            new Sample("Đường Nguyễn Hữu Cảnh lại ngập rồi", Language.VI),
            new Sample("Cúp điện từ sáng tới giờ", Language.VI),
            new Sample("Cảm ơn các anh CSGT", Language.VI),
            new Sample("Rác thải bốc mùi ở kênh Nhiêu Lộc", Language.VI),
            new Sample("Giá xăng tăng nữa rồi", Language.VI),
            new Sample("Hôm nay trời đẹp quá", Language.VI),
            new Sample("Bệnh viện quá tải", Language.VI),
            new Sample("Ủng hộ thành phố!", Language.VI),
            new Sample("Hôm nay traffic jam kinh khủng ở Quận 1", Language.VI),
            // Vietnamese without diacritics / chat style
            new Sample("ket xe qua troi luon", Language.VI),
            new Sample("duong ngap nuoc het roi mn oi", Language.VI),
            new Sample("ko biet khi nao moi het ket xe", Language.VI),
            new Sample("mn oi cho minh hoi duong nao di duoc", Language.VI),
            new Sample("cup dien nua roi chan qua", Language.VI),
            new Sample("nguoi dan phan anh rac thai", Language.VI),
            new Sample("troi mua lon qua", Language.VI),
            new Sample("dc roi cam on nha", Language.VI),
            new Sample("sao ket xe du vay", Language.VI),
            new Sample("xe buyt tre qua", Language.VI),
            // English
            new Sample("traffic is terrible today", Language.EN),
            new Sample("The flooding in District 7 is getting worse", Language.EN),
            new Sample("Power outage again in my neighborhood", Language.EN),
            new Sample("Thanks to the police for the quick help", Language.EN),
            new Sample("Huge traffic jam on Vo Van Kiet", Language.EN),
            new Sample("Saigon is so hot right now", Language.EN),
            new Sample("Why is the bus always late?", Language.EN),
            new Sample("Great service at the district hospital", Language.EN),
            new Sample("Garbage everywhere near the canal", Language.EN),
            new Sample("Loving the new metro line!", Language.EN),
            // other: French, Chinese, Thai, Indonesian, others
            new Sample("Les embouteillages sont terribles aujourd'hui à Saïgon", Language.OTHER),
            new Sample("Il pleut beaucoup et les rues sont inondées", Language.OTHER),
            new Sample("Merci beaucoup pour votre aide", Language.OTHER),
            new Sample("胡志明市今天交通非常拥堵", Language.OTHER),
            new Sample("下雨了，街道被淹了", Language.OTHER),
            new Sample("วันนี้รถติดมากในโฮจิมินห์", Language.OTHER),
            new Sample("ฝนตกหนักน้ำท่วมถนน", Language.OTHER),
            new Sample("Jalanan sangat macet hari ini", Language.OTHER),
            new Sample("Hujan deras dan banjir di mana-mana", Language.OTHER),
            new Sample("Terima kasih atas bantuannya", Language.OTHER),
            new Sample("Der Verkehr ist heute schrecklich", Language.OTHER),
            new Sample("Сегодня ужасные пробки", Language.OTHER),
            new Sample("今日は渋滞がひどい", Language.OTHER),
            new Sample("오늘 교통체증이 심해요", Language.OTHER));

    @Test
    void accuracyOnShortLabelledSamples() {
        int ok = 0;
        List<String> wrong = new ArrayList<>();
        for (Sample s : SAMPLES) {
            LanguageResult r = detector.detect(s.text());
            if (r.language() == s.expected()) ok++;
            else wrong.add(s.text() + " -> " + r);
        }
        double accuracy = (double) ok / SAMPLES.size();
        System.out.printf("language accuracy %d/%d = %.3f; wrong: %s%n", ok, SAMPLES.size(), accuracy, wrong);
        assertTrue(SAMPLES.size() >= 40);
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy + " wrong: " + wrong);
    }

    @Test
    void vietnameseCuesSkipTheModel() {
        LanguageResult r = detector.detect("ket xe qua troi luon");
        assertEquals(Language.VI, r.language());
        assertFalse(r.usedModel());
        assertFalse(detector.detect("Đường Nguyễn Hữu Cảnh lại ngập rồi").usedModel());
    }

    @Test
    void shortEnglishStaysEnglish() {
        assertEquals(Language.EN, detector.detect("traffic is terrible today").language());
        assertEquals(Language.EN, detector.detect("Trip to Đà Nẵng was great and the food is amazing").language());
    }

    @Test
    void mixedTextsGoByMajority() {
        assertEquals(Language.VI, detector.detect("Hôm nay traffic jam kinh khủng ở Quận 1 luôn mọi người").language());
        assertEquals(Language.EN, detector.detect("The traffic on Điện Biên Phủ is really bad this morning").language());
    }

    @Test
    void mentionsHashtagsAndUrlsAreNotWords() {
        LanguageResult r = detector.detect("@Hoa_Nguyen ơi xem https://t.co/abc nha #traffic #jam");
        assertEquals(Language.VI, r.language());
        assertFalse(r.usedModel());
        assertEquals(Language.EN, detector.detect("@UBND_Quan1 the road is flooded again URL").language());
    }

    @Test
    void nothingToJudge() {
        assertEquals(Language.OTHER, detector.detect("😡😡 123 !!!").language());
        assertEquals(Language.OTHER, detector.detect("").language());
    }
}
