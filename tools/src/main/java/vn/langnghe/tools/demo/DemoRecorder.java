package vn.langnghe.tools.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.replay.DemoRecording;
import vn.langnghe.index.Post;

/**
 * {@code bin/langnghe record-demo}: (re)writes the replay connector's recording of the demo dataset
 * ({@link DemoRecording#RESOURCE} in the ejb module) from this generator, with the seed the application
 * serves. Only what a platform would say is recorded: the generator's labels (sentiment, topics,
 * regions) are left out, and the platform's analysis finds them again. Run it after changing the
 * generator or its templates; {@code DemoRecorderTest} fails until the file is written again.
 */
public final class DemoRecorder {
    /**
     * The moment the recording is made for, fixed so that the file does not change from run to run. Noon
     * in Ho Chi Minh City: replayed, an item keeps its distance from the start of the run, so its time of
     * day moves with the hour the demo is started, by at most half a day either way.
     */
    static final Instant RECORDED_AT = Instant.parse("2025-07-01T05:00:00Z");

    private DemoRecorder() {
    }

    /** Argument: the file to write; by default the ejb module's resource, from the repository's root. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "ejb/src/main/resources/" + DemoRecording.RESOURCE);
        List<String> lines = lines();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " demo items recorded in " + file);
    }

    /** The recording's lines, oldest item first. */
    static List<String> lines() {
        return DemoDataset.generate(DemoRecording.SEED, RECORDED_AT).stream()
                .map(p -> DemoRecording.line(asHarvested(p), RECORDED_AT))
                .toList();
    }

    /** What a platform says of the post: no labels, and the thread by the platform's own ids. */
    static HarvestedItem asHarvested(Post p) {
        return HarvestedItem.builder(p.platform(), nativeId(p, p.id()))
                .kind(p.kind())
                .url(p.url())
                .replyTo(nativeId(p, p.parentId()), nativeId(p, p.threadId()))
                .author(p.authorName(), p.authorId())
                .title(p.title())
                .text(p.text())
                .createdAt(p.createdAt())
                .likes(p.likes()).shares(p.shares()).comments(p.comments()).views(p.views())
                .build();
    }

    private static String nativeId(Post p, String id) {
        return id == null ? null : id.substring(p.platform().length() + 1);
    }
}
