/**
 * Per-topic sentiment: a post cut into clauses, each clause read by the shipped topic and sentiment
 * classifiers, the answers joined into {@code topic:polarity} pairs. Uses {@code analysis.topic},
 * {@code analysis.sentiment} and {@code analysis.text}; changes none of them and trains nothing.
 */
package vn.langnghe.analysis.aspect;
