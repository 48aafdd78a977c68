package vn.langnghe.search;

import java.time.Instant;

/**
 * A post as polling and feeds hand it out: the post as the reader may see it (masked without clearance),
 * its near-duplicate group (polling is not collapsed: the consumer groups if it wants), when it first
 * arrived in the index (the polling order; null for a post indexed before that was recorded) and when it
 * was last indexed (a re-harvest or correction changes it: what a feed's ETag follows).
 */
public record Arrival(PostView post, String dupGroup, Instant firstIndexedAt, Instant indexedAt) {
}
