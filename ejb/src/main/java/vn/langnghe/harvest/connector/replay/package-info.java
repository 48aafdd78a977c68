/**
 * A local replay source: the recorded demo dataset ({@link vn.langnghe.harvest.connector.replay.DemoRecording},
 * a resource of this module) served page by page like a platform, so that the demo data of
 * {@code bin/langnghe run} reaches the index through the same harvest path (outbox, analysis,
 * near-duplicate grouping) as real sources. The cursor is the offset of the next item. The generator
 * that wrote the recording lives in the tools module, outside the application.
 */
package vn.langnghe.harvest.connector.replay;
