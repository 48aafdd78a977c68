/**
 * A local replay source: the demo dataset served page by page like a platform, so that the demo data
 * of {@code bin/langnghe run} reaches the index through the same harvest path (outbox, analysis,
 * near-duplicate grouping) as real sources. The cursor is the offset of the next item.
 */
package vn.langnghe.harvest.connector.replay;
