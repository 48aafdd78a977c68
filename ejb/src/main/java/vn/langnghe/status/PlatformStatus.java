package vn.langnghe.status;

/**
 * What {@code GET /api/v1/status} reports. A part that cannot be reached is reported as such
 * ({@code documents = -1}, mode or kind "unavailable") rather than failing the whole answer.
 * {@code harvestWaiting} counts harvested items not yet in the index (the outbox).
 */
public record PlatformStatus(String version, long documents, String solrMode, String database, long harvestWaiting) {
}
