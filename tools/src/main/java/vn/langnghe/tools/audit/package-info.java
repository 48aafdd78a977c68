/**
 * Command-line checks of the audit trail, run by {@code bin/langnghe audit ...} against the
 * platform's database over plain JDBC; they only read.
 */
package vn.langnghe.tools.audit;
