/**
 * Training and evaluating the MaxEnt document categorisers from the corpora in the repository (run by
 * the build, so the shipped models always match the code), and the weight tables the classifiers
 * evaluate at run time. It may use {@code analysis.text}, {@code analysis.lang}, {@code analysis.sentiment}
 * and {@code analysis.topic}.
 */
package vn.langnghe.analysis.train;
