package vn.langnghe.search;

import java.time.Instant;
import java.util.Map;

/** One bar of the volume chart: the bucket's start, its posts and their split by sentiment (code → posts). */
public record VolumePoint(Instant start, long total, Map<String, Long> bySentiment) {
    public VolumePoint {
        bySentiment = Map.copyOf(bySentiment);
    }
}
