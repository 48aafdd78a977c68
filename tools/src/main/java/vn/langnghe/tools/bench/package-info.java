/**
 * The benchmarks of {@code bin/langnghe bench}: the analyzer's speed ({@code analyze}, {@code stages}),
 * near-duplicate key layouts ({@code keys}, offline) and harvest-to-searchable speed against a running
 * platform ({@code ingest}), with the made-up Mastodon timeline that the ingest benchmark and the EAR's
 * reliability tests replay. Figures go to docs/benchmarks.md and docs/analysis-text.md.
 */
package vn.langnghe.tools.bench;
