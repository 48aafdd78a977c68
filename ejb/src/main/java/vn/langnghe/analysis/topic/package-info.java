/**
 * Topics and sectors (transport, environment, health...): keyword rules that name a topic for sure and
 * per-topic trained models for the rest; chatter gets none. Uses {@code analysis.text} and the model
 * tables of {@code analysis.train}.
 */
package vn.langnghe.analysis.topic;
