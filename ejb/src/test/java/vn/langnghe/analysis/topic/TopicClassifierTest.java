package vn.langnghe.analysis.topic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.langnghe.analysis.text.VietnameseNormalizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TopicClassifierTest {
    static VietnameseNormalizer normalizer;
    static TopicClassifier classifier;

    @BeforeAll
    static void load() {
        normalizer = new VietnameseNormalizer();
        classifier = new TopicClassifier(normalizer);
    }

    static List<String> topics(String s) { return classifier.classify(normalizer.normalize(s)); }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "transport | Sáng nay kẹt xe cứng ngắc trên cầu Sài Gòn, đi làm trễ cả tiếng",
            "flooding | Mưa có nửa tiếng mà đường Nguyễn Hữu Cảnh ngập tới đầu gối",
            "environment | Kênh Nhiêu Lộc lại bốc mùi hôi, rác nổi đầy mặt nước",
            "health | Bệnh viện Nhi Đồng 1 quá tải, con mình sốt mà chờ khám cả buổi",
            "education | Con mình học lớp 1 mà sĩ số lớp tới 50 em, thầy cô sao dạy nổi",
            "land_housing | Giá thuê căn hộ ở Thủ Đức tăng vọt, người trẻ sao mua nổi nhà",
            "public_order | Vừa bị giật điện thoại ngay trên đường Lê Lợi, mọi người cẩn thận",
            "public_services | Làm thủ tục cấp lại căn cước ở phường phải đi ba lần mới xong",
            "economy | Chợ Bến Thành ế ẩm, tiểu thương than trời vì mặt bằng bỏ trống",
            "utilities | Khu mình cúp điện từ sáng tới giờ mà không có thông báo",
            "social_welfare | Nhiều cụ già vô gia cư ngủ ngoài gầm cầu, mong thành phố hỗ trợ",
            "culture_tourism | Lễ hội áo dài ở phố đi bộ Nguyễn Huệ năm nay đông vui quá",
            "transport | Traffic jam on Dien Bien Phu again, 40 minutes for 2 km",
            "flooding | The street outside my hotel in District 7 is flooded again after the rain",
    })
    void sampleSentenceOfEachCode(String code, String text) {
        List<String> t = topics(text);
        assertTrue(t.contains(code), text + " -> " + t);
        assertTrue(t.size() <= 3, text + " -> " + t);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hôm nay ăn phở ngon quá",
            "MU thua rồi",
            "Phim mới của Trấn Thành xem cũng được, hơi dài",
            "Cuối tuần này đi cà phê với hội bạn thân, vui ghê",
            "Just watched the new Marvel movie, pretty fun",
    })
    void offTopicChatterGetsNoTopic(String text) {
        assertEquals(List.of(), topics(text), text);
    }

    @Test
    void twoTopics() {
        List<String> t = topics("Mưa lớn ngập nặng đường Võ Văn Ngân, xe chết máy nằm la liệt, kẹt xe cả cây số");
        assertTrue(t.contains("flooding") && t.contains("transport"), t.toString());
    }

    @Test
    void rulesMatchFoldedTokens() {
        TopicRules rules = new TopicRules(List.of("utilities\tcúp nước"), normalizer);
        assertEquals(List.of("utilities"), rules.match(normalizer.normalize("Khu mình cup nuoc 2 ngày rồi")));
        assertEquals(List.of(), rules.match(normalizer.normalize("cúp điện")));
    }
}
