package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analysis;

class PostViewTest {
    private static PostView post(String sentiment, Double confidence) {
        return new PostView("facebook:1", "facebook", "post", null, "xe buýt trễ", null, null, null, Instant.EPOCH,
                sentiment, List.of(), List.of(), new PostView.Engagement(0, 0, 0, 0), List.of(), confidence);
    }

    @Test
    void theSearchPagesCallALabelUncertainWhereTheAnalysisDoes() {
        assertEquals(Analysis.UNCERTAIN_BELOW, PostView.UNCERTAIN_BELOW);
    }

    @Test
    void onlyAModelsWeakLabelIsUncertain() {
        assertTrue(post("negative", 0.41).sentimentUncertain());
        assertFalse(post("negative", 0.6).sentimentUncertain(), "at the threshold: certain enough");
        assertFalse(post("negative", 0.93).sentimentUncertain());
        assertFalse(post("negative", null).sentimentUncertain(), "an analyst's label, or a post indexed before confidence was kept");
        assertFalse(post(null, 0.2).sentimentUncertain(), "no label at all");
    }
}
