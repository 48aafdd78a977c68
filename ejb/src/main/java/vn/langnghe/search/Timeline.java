package vn.langnghe.search;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts over time for a search, near-duplicates included (volume, like the search page's chart): buckets of
 * {@code interval} in the city's time from {@code start} (aligned to the bucket) to {@code end}, each with
 * its total and, when split, the posts of each value (most first). {@code total} is every bucket's posts.
 */
public record Timeline(VolumeInterval interval, TimelineSplit split, Instant start, Instant end, long total,
                       List<Bucket> buckets) {
    public Timeline {
        buckets = List.copyOf(buckets);
    }

    /** One bucket: where it begins, its posts, and the split's value → posts (empty without a split). */
    public record Bucket(Instant start, long total, Map<String, Long> counts) {
        public Bucket {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }
    }
}
