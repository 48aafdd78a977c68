/**
 * {@code bin/langnghe analyze}: the analysis engine on the command line, posts in on standard input and
 * JSON lines out, with no server; {@code bin/langnghe evaluate}: its sentiment scored against a labelled
 * file kept outside the training corpus.
 */
package vn.langnghe.tools.analyze;
