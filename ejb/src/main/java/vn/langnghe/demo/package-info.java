/**
 * The demo of a fresh platform: when {@code langnghe.demo.enabled} is true, a replay source of the
 * recorded demo dataset is added once, and its items then arrive through the harvest path like any
 * source's. It uses {@code harvest} and its replay connector; nothing uses it. The generator that
 * recorded the dataset is in the tools module, not in the application.
 */
package vn.langnghe.demo;
