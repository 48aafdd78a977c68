package vn.langnghe.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.replay.DemoRecording;
import vn.langnghe.index.Post;

/** The recording the application serves cannot drift from the generator. */
class DemoRecorderTest {

    private static List<String> committed() throws Exception {
        try (InputStream in = DemoRecording.class.getClassLoader().getResourceAsStream(DemoRecording.RESOURCE)) {
            assertNotNull(in, DemoRecording.RESOURCE + " is not on the ejb module's classpath");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }

    @Test
    void theCommittedRecordingIsWhatTheGeneratorMakes() throws Exception {
        List<String> expected = DemoRecorder.lines();
        List<String> actual = committed();
        String fix = "; run bin/langnghe record-demo and commit " + DemoRecording.RESOURCE;
        for (int k = 0; k < Math.min(expected.size(), actual.size()); k++) {
            assertEquals(expected.get(k), actual.get(k), "line " + (k + 1) + fix);
        }
        assertEquals(expected.size(), actual.size(), "lines" + fix);
    }

    @Test
    void theReplayServesTheGeneratedItemsCountedBackFromItsStart() {
        Instant start = Instant.parse("2026-03-10T08:15:00Z");
        Duration later = Duration.between(DemoRecorder.RECORDED_AT, start);
        List<Post> generated = DemoDataset.generate(DemoRecording.SEED, DemoRecorder.RECORDED_AT);
        List<HarvestedItem> replayed = DemoRecording.items(start);
        assertEquals(721, replayed.size());
        for (int k = 0; k < generated.size(); k++) {
            Post p = generated.get(k);
            HarvestedItem i = replayed.get(k);
            assertEquals(p.id(), i.id());
            assertEquals(p.kind(), i.kind());
            assertEquals(p.parentId(), i.parentNativeId() == null ? null : Post.id(i.platform(), i.parentNativeId()));
            assertEquals(p.title(), i.title());
            assertEquals(p.text(), i.text());
            assertEquals(p.authorName(), i.authorName());
            assertEquals(p.likes() + "/" + p.shares() + "/" + p.comments() + "/" + p.views(),
                    i.likes() + "/" + i.shares() + "/" + i.comments() + "/" + i.views(), p.id());
            assertEquals(p.createdAt().plus(later), i.createdAt(), p.id());
        }
    }
}
