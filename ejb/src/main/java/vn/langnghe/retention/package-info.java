/**
 * Retention of posts (issue 14, Decree 13/2023/ND-CP): how long posts are kept (configured, or an
 * admin's override stored in the database), the purge that removes older posts from the Solr index and
 * from the outbox, its records, and the daily timer that runs it on one node of a deployment group.
 * Uses {@code index} (the Solr collection), {@code harvest} (the outbox payload) and {@code audit}.
 */
package vn.langnghe.retention;
