package vn.langnghe.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.index.Post;
import vn.langnghe.pipeline.PostAssembler;

class TimelinePostsTest {
    private static final Instant ANCHOR = Instant.parse("2026-12-07T00:00:00Z");
    /** Loading the models takes seconds: one analyzer for the class. */
    private static final PostAssembler ASSEMBLER = new PostAssembler(new Analyzer());
    private static final TimelinePosts POSTS = new TimelinePosts(400, ASSEMBLER, ANCHOR);

    @Test
    void analysedPostsSpreadOverPlatformsKindsAndDates() {
        List<Post> posts = IntStream.range(0, 400).mapToObj(POSTS::post).toList();
        assertEquals(400, posts.stream().map(Post::id).distinct().count());
        assertTrue(posts.stream().map(Post::platform).distinct().count() >= 8, "most platforms");
        assertEquals(40, posts.stream().filter(p -> p.kind().equals("comment")).count(), "one in ten a comment");
        assertEquals(ANCHOR, posts.get(0).createdAt());
        assertEquals(ANCHOR.minus(TimelinePosts.SPACING.multipliedBy(399)), posts.get(399).createdAt());
        assertTrue(posts.stream().allMatch(p -> p.sentiment() != null && !p.regionAreas().isEmpty()),
                "the analysis found sentiment and the place every status names");
        assertTrue(posts.stream().anyMatch(p -> p.topics().contains("transport")));
        assertTrue(posts.stream().anyMatch(p -> p.likes() > 100) && posts.stream().anyMatch(p -> p.likes() == 0),
                "engagement has a tail");
    }

    @Test
    void repostsAreGroupedUnderTheStatusThatSaidItFirst() {
        SyntheticTimeline texts = new SyntheticTimeline("search", 400, 0, SyntheticTimeline.Texts.MIXED);
        int reposts = 0;
        for (int i = 0; i < 300; i++) {
            Post p = POSTS.post(i);
            int first = texts.firstSaidBy(i);
            if (first == i) {
                assertEquals(null, p.dupGroup(), "a status of its own forms its own group");
            } else {
                reposts++;
                assertTrue(first > i, "an older status");
                assertTrue(texts.text(i).startsWith(texts.text(first)), texts.text(i));
                if (first < 400) {
                    assertEquals(POSTS.post(first).id(), p.dupGroup());
                }
            }
        }
        assertTrue(reposts > 15 && reposts < 50, reposts + " reposts in 300");
    }

    @Test
    void theSamePostsEveryRun() {
        TimelinePosts again = new TimelinePosts(400, ASSEMBLER, ANCHOR);
        Set<String> differing = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            if (!again.post(i).equals(POSTS.post(i))) {
                differing.add(POSTS.post(i).id());
            }
        }
        assertEquals(Set.of(), differing);
        assertNotEquals(POSTS.post(1).text(), POSTS.post(2).text());
    }
}
