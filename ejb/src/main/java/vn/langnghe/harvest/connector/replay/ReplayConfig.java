package vn.langnghe.harvest.connector.replay;

import vn.langnghe.harvest.connector.constraints.Between;

/**
 * @param seed     the demo dataset's seed: the same seed gives the same items and ids
 * @param pageSize items per page
 */
public record ReplayConfig(long seed, @Between(min = 1, max = 1000) int pageSize) {
}
