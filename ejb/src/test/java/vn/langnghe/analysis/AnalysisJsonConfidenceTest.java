package vn.langnghe.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonConfidenceTest {

    static Analysis withConfidence(double c) {
        return new Analysis("vi", "negative", -0.84, List.of("kẹt xe"), List.of("transport"), List.of(), List.of("kẹt xe"),
                List.of(), "48b3fbb5d9cbbc5d", List.of("transport:negative"), c);
    }

    @Test
    void confidenceIsAddedAndEveryEarlierFieldKept() {
        String json = AnalysisJson.toJson(withConfidence(0.734));
        assertTrue(json.startsWith("{\"lang\":\"vi\",\"sentiment\":\"negative\",\"sentimentScore\":-0.84,\"sentimentEvidence\":[\"kẹt xe\"],"
                + "\"sentimentConfidence\":0.73,\"topics\":[\"transport\"]"), json);
        assertTrue(json.contains("\"signature\":\"48b3fbb5d9cbbc5d\""), json);
        assertEquals("{}", AnalysisJson.toJson(Analysis.EMPTY));
    }

    @Test
    void uncertainBelowTheThreshold() {
        assertTrue(withConfidence(Analysis.UNCERTAIN_BELOW - 0.01).sentimentUncertain());
        assertFalse(withConfidence(Analysis.UNCERTAIN_BELOW).sentimentUncertain());
        assertTrue(Analysis.EMPTY.sentimentUncertain());
    }

    @Test
    void analyzerGivesEveryLabelAConfidence() {
        Analyzer a = new Analyzer();
        for (String post : List.of("Kẹt xe kinh khủng ở vòng xoay Dân Chủ 😡", "Cho mình hỏi phường mở cửa mấy giờ?",
                "The new park is lovely", "Bonjour tout le monde, il fait beau")) {
            Analysis x = a.analyze(post);
            assertTrue(x.sentimentConfidence() >= 0 && x.sentimentConfidence() <= 1, post + " " + x);
            if (!x.lang().equals("other")) assertTrue(x.sentimentConfidence() > 0.3, post + " " + x);
        }
    }
}
