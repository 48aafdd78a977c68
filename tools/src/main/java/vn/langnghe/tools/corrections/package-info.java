/**
 * {@code bin/langnghe corrections export}: the analysts' corrections as training rows for the model
 * trainer, read from the platform's database over plain JDBC.
 */
package vn.langnghe.tools.corrections;
