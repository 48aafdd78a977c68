/**
 * The stage between harvesting and the index: drains the outbox that {@code harvest} fills, turns each
 * item into a post ({@link vn.langnghe.pipeline.PostAssembler}: clean, analyse), groups near-duplicates
 * and hands batches to {@code index}. It may use {@code harvest}'s outbox types and settings,
 * {@code analysis} and {@code index}; nothing in {@code harvest} may use it (harvest announces new
 * items with the {@link vn.langnghe.harvest.OutboxFilled} event).
 */
package vn.langnghe.pipeline;

