/**
 * Analysts' corrections of a post's analysis (sentiment, topics, places): stored with who, unit, when and
 * old → new ({@link vn.langnghe.correction.CorrectionStore}), applied to the Solr document at once
 * ({@link vn.langnghe.correction.Corrections}, audited {@code correction}), applied again by the pipeline
 * whenever the post is indexed anew ({@link vn.langnghe.correction.PostCorrections}), and read back as
 * training rows for the models. It may use {@code audit}, {@code index}, {@code search} (a post is
 * corrected only inside the reader's scope) and {@code analysis} (the labels and topic codes).
 */
package vn.langnghe.correction;
