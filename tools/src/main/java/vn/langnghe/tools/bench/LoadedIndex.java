package vn.langnghe.tools.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What a benchmark loaded into its Solr, written beside the data so that the next run can use the index
 * again instead of spending minutes loading the same posts: the number of posts, the generator's version
 * and the anchor their dates count back from.
 */
public record LoadedIndex(long posts, int generator, Instant anchor) {
    /**
     * Older than this, the date presets (last hour, 24 hours, 7 days) would find fewer posts than on the
     * day of loading and the figures would drift: load again.
     */
    static final Duration MAX_AGE = Duration.ofDays(3);

    /**
     * Why the index cannot serve a run that wants {@code posts} posts of generator {@code generator}, or
     * empty when it can: the marker must say so and Solr must hold exactly that many.
     */
    static Optional<String> whyNotReusable(LoadedIndex marker, long inSolr, long posts, int generator, Instant now) {
        if (marker == null) {
            return Optional.of(inSolr == 0 ? "the index is empty" : "no record of what the index holds");
        }
        if (marker.generator() != generator) {
            return Optional.of("loaded by generator version " + marker.generator() + ", this is version " + generator);
        }
        if (marker.posts() != posts) {
            return Optional.of("loaded with " + marker.posts() + " posts, " + posts + " asked for");
        }
        if (inSolr != posts) {
            return Optional.of("Solr holds " + inSolr + " posts, not the " + posts + " loaded");
        }
        if (marker.anchor().isBefore(now.minus(MAX_AGE))) {
            return Optional.of("loaded on " + marker.anchor() + ": the date presets have moved on since");
        }
        return Optional.empty();
    }

    static Optional<LoadedIndex> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return Optional.of(new LoadedIndex(Long.parseLong(p.getProperty("posts")),
                    Integer.parseInt(p.getProperty("generator")), Instant.parse(p.getProperty("anchor"))));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("posts", Long.toString(posts));
        p.setProperty("generator", Integer.toString(generator));
        p.setProperty("anchor", anchor.toString());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "what bin/langnghe bench search loaded into this Solr");
        }
    }
}
