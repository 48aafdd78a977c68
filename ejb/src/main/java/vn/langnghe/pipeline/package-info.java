/**
 * The stage between harvesting and the index: drains the outbox that {@code harvest} fills, turns each
 * item into a post ({@link vn.langnghe.pipeline.PostAssembler}: clean, analyse), groups near-duplicates
 * and hands batches to {@code index}. Its workers, on one node or several, share the outbox by claiming
 * each batch for a lease ({@link vn.langnghe.pipeline.OutboxClaims}), so no row is drained twice at once
 * and a dead node's batch is taken over. It may use {@code harvest}'s outbox types and settings,
 * {@code analysis} and {@code index}; nothing in {@code harvest} may use it (harvest announces new
 * items with the {@link vn.langnghe.harvest.OutboxFilled} event).
 */
package vn.langnghe.pipeline;
