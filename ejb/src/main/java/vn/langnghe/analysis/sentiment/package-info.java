/**
 * Sentiment (positive, neutral, negative) with its evidence: a trained model over normalised text, a
 * lexicon with negation and intensifiers, and the rules that combine them. Uses {@code analysis.text},
 * {@code analysis.lang} and the model tables of {@code analysis.train}.
 */
package vn.langnghe.analysis.sentiment;
