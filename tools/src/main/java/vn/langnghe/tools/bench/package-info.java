/**
 * The benchmarks of {@code bin/langnghe bench}: the analyzer's speed ({@code analyze}, {@code stages}),
 * near-duplicate key layouts ({@code keys}, offline), harvest-to-searchable speed against a running
 * platform ({@code ingest}), what auditing costs a search ({@code audit}), the search service on 1,000,000
 * posts against the same Solr requests sent bare ({@code search}) and pages' DOMContentLoaded in headless
 * Chromium ({@code page}), with the made-up Mastodon timeline that the ingest and search benchmarks and the
 * EAR's reliability tests use. Figures go to docs/benchmarks.md and docs/analysis-text.md.
 */
package vn.langnghe.tools.bench;
