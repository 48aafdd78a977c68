/**
 * Topics and sectors (transport, environment, health...): keyword rules that name a topic for sure and
 * one multi-label trained model (the twelve codes and "none") for the rest; chatter gets none. Uses
 * {@code analysis.text} and the model tables of {@code analysis.train}.
 */
package vn.langnghe.analysis.topic;
