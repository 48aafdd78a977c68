package vn.langnghe.tools.bench;

import java.time.Duration;
import java.time.Instant;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.Post;
import vn.langnghe.pipeline.PostAssembler;
import vn.langnghe.tools.demo.DemoDataset;

/**
 * The search benchmark's posts: the ingest benchmark's mixed timeline ({@link SyntheticTimeline.Texts#MIXED})
 * turned into indexed posts by the platform's own {@link PostAssembler} (so sentiment, topics, places,
 * keywords and signatures are what the analysis finds in them), spread over the platforms, one in ten a
 * comment, dated {@link #SPACING} apart going back from an anchor, with skewed engagement, and each repost
 * in the near-duplicate group of the status it repeats, as the platform's grouping would put it.
 *
 * <p>Everything but the dates depends on the index alone; change {@link #VERSION} with anything that
 * changes a post, so that an index loaded by an older generator is not reused.
 */
public final class TimelinePosts {
    /** Written beside a loaded index; an index of another version is loaded again. */
    public static final int VERSION = 1;
    /** A status every 7 s: ~12,000 a day, 1,000,000 over 81 days, so every date preset and the chart have data. */
    static final Duration SPACING = Duration.ofSeconds(7);

    private final SyntheticTimeline timeline;
    private final PostAssembler assembler;
    private final Instant anchor;

    public TimelinePosts(int count, PostAssembler assembler, Instant anchor) {
        this.timeline = new SyntheticTimeline("search", count, 0, SyntheticTimeline.Texts.MIXED);
        this.assembler = assembler;
        this.anchor = anchor;
    }

    public int size() {
        return timeline.size();
    }

    /** Status {@code i}: the newest is 0. */
    public Post post(int i) {
        long h = scramble(i);
        String platform = platform(i);
        HarvestedItem.Builder item = HarvestedItem.builder(platform, nativeId(i))
                .url("https://" + platform + ".example/p/" + nativeId(i))
                .author("Người dân " + (h >>> 40) % 5_000, "u" + (h >>> 40) % 5_000)
                .text(timeline.text(i))
                .createdAt(anchor.minus(SPACING.multipliedBy(i)))
                // most posts get a handful of reactions, a few thousands: sort by engagement has a tail to find
                .likes(engagement(h, 0)).shares(engagement(h, 16) / 4).comments(engagement(h, 32) / 2)
                .views(engagement(h, 48) * 20);
        if (i % 10 == 0 && i + 1 < size()) {
            item.kind("comment").replyTo(nativeId(i + 1), nativeId(i + 1));
        }
        Post p = assembler.assemble(item.build(), "bench-" + platform, anchor);
        int first = timeline.firstSaidBy(i);
        return first == i ? p : p.withDupGroup(Post.id(platform(first), nativeId(first)));
    }

    private String nativeId(int i) {
        return timeline.ids().size() > i ? timeline.ids().get(i) : "o" + i;
    }

    /** Spread over the platforms by the index, the same for a status and the id its reposts name. */
    static String platform(int i) {
        return DemoDataset.PLATFORMS.get((int) Math.floorMod(scramble(i) >>> 8, (long) DemoDataset.PLATFORMS.size()));
    }

    /** Mostly 0–10, a tail up to 5,000: a uniform value to the sixth power. */
    private static long engagement(long h, int shift) {
        double u = ((h >>> shift) & 0xFFFF) / 65_536.0;
        return (long) (Math.pow(u, 6) * 5_000);
    }

    private static long scramble(long i) {
        long z = (i + 0x51_7C_C1_B7L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
