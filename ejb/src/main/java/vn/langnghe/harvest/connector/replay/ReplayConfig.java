package vn.langnghe.harvest.connector.replay;

import vn.langnghe.harvest.connector.constraints.Between;

/**
 * @param seed     which recorded dataset to serve, named by the generator's seed it was made from. Only
 *                 {@link DemoRecording#SEED} ships; the field stays because stored sources hold it.
 * @param pageSize items per page
 */
public record ReplayConfig(long seed, @Between(min = 1, max = 1000) int pageSize) {
}
