package vn.langnghe.harvest.connector.replay;

/**
 * @param seed     the demo dataset's seed: the same seed gives the same items and ids
 * @param pageSize items per page
 */
public record ReplayConfig(long seed, int pageSize) {
}
