/**
 * Text before classification: cleaning (HTML read once with jsoup, scripts and their stray tails gone,
 * NFC), Vietnamese normalisation (tone placement, teencode, folding), keywords, hashtags and the
 * SimHash near-duplicate signature. The lowest layer of the analysis: it uses no other analysis
 * package.
 */
package vn.langnghe.analysis.text;
