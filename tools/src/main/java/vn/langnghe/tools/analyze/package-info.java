/**
 * {@code bin/langnghe analyze}: the analysis engine on the command line, posts in on standard input and
 * JSON lines out, with no server.
 */
package vn.langnghe.tools.analyze;
