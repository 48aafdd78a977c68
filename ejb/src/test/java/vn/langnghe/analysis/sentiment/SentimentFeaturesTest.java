package vn.langnghe.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.text.VietnameseNormalizer;

class SentimentFeaturesTest {
    static final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    static final SentimentClassifier lexiconOnly = new SentimentClassifier(normalizer, null, null);

    static List<String> vi(String s) {
        return Arrays.asList(lexiconOnly.features(normalizer.normalize(s), Language.VI));
    }

    @Test
    void questionsAndNoticesAreMarked() {
        List<String> q = vi("Cho mình hỏi phường mở cửa mấy giờ vậy?");
        assertTrue(q.containsAll(List.of("Q_MARK", "Q_ASK", "QA_cho_minh_hoi", "QA_may_gio", "NO_EVAL", "NO_EVAL_Q")), q.toString());
        List<String> tail = vi("Mai có cúp điện không");
        assertTrue(tail.contains("Q_TAIL_khong"), tail.toString());
        List<String> n = vi("Thông báo: từ 22h ngày 15/12 tạm ngừng cấp nước");
        assertTrue(n.containsAll(List.of("RPT", "RPT_thong_bao", "HAS_NUM", "DATE_TIME", "NO_EVAL_RPT")), n.toString());
        List<String> en = Arrays.asList(lexiconOnly.features(normalizer.normalize("Where can I renew my licence?"), Language.EN));
        assertTrue(en.containsAll(List.of("Q_EN_START", "Q_ASK")), en.toString());
    }

    @Test
    void evaluativeTextIsNotMarkedNeutral() {
        assertFalse(vi("kẹt xe quá tệ").contains("NO_EVAL"));
        assertFalse(vi("đi làm về 😡").contains("NO_EVAL"));
        List<String> stretched = vi("ngonnnn quáaaa");
        assertTrue(stretched.containsAll(List.of("ELONG", "ELONG_MANY")) && !stretched.contains("NO_EVAL"), stretched.toString());
        assertTrue(vi("hahaha vui ghê").contains("LAUGH"));
        assertTrue(vi("huhu mất xe rồi").contains("CRY"));
        assertTrue(vi("haizz lại mưa").contains("SIGH"));
    }

    @Test
    void ironicPraiseInAComplaint() {
        assertTrue(vi("Hay ghê, đường lại xuống cấp tệ hại").contains("SARC"));
        assertTrue(vi("Kẹt xe cả tiếng đồng hồ :)").contains("SARC"));
        assertFalse(vi("Công viên mới đẹp quá :)").contains("SARC"));
    }

    static List<String> en(String s) {
        return Arrays.asList(lexiconOnly.features(normalizer.normalize(s), Language.EN));
    }

    @Test
    void characterNgramsForEnglishOnly() {
        Set<String> a = en("Complaints about the flooding").stream().filter(f -> f.matches("c\\d+")).collect(Collectors.toSet());
        Set<String> b = en("complained, flooded").stream().filter(f -> f.matches("c\\d+")).collect(Collectors.toSet());
        assertFalse(a.isEmpty());
        assertTrue(a.stream().anyMatch(b::contains), "shared stems share n-grams");
        // each n-gram once, in buckets below the bound
        List<String> all = en("flood flood flood").stream().filter(f -> f.matches("c\\d+")).toList();
        assertEquals(all.size(), Set.copyOf(all).size());
        assertTrue(all.stream().allMatch(f -> Integer.parseInt(f.substring(1)) < SentimentFeatures.NGRAM_BUCKETS));
        assertTrue(vi("Kẹt xe kinh khủng").stream().noneMatch(f -> f.matches("c\\d+")));
    }

    @Test
    void laughIsARepeatedSyllable() {
        for (String s : List.of("haha", "hahaha", "hihi", "hehe", "kkk", "ahihi", "kaka")) assertTrue(StyleCues.isLaugh(s), s);
        for (String s : List.of("ha", "hanh", "kem", "hai", "khi")) assertFalse(StyleCues.isLaugh(s), s);
    }
}
