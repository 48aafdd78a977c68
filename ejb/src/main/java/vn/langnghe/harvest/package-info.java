/**
 * Harvesting: sources (a connector type, its config, encrypted credentials and an interval), their
 * persistent timers and runs, and writing each accepted page to the outbox in the same transaction as
 * its cursor. Connectors live in {@code harvest.connector} and its sub-packages and never touch the
 * database or Solr; this package owns cursors, retries, back-off and rate limits. It may use
 * {@code audit} and {@code analysis.text} helpers, never {@code pipeline}, {@code index} or the
 * readers: what happens to the outbox is the pipeline's business.
 */
package vn.langnghe.harvest;
