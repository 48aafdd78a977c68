/**
 * Harvesting: sources (a connector type, its config, encrypted credentials and an interval), their
 * persistent timers, and the durable path from a fetched page to the index (outbox, analysis, Solr).
 * Connectors live in {@code harvest.connector} and its sub-packages and never touch the database or
 * Solr; this package owns cursors, retries, back-off and rate limits.
 */
package vn.langnghe.harvest;
