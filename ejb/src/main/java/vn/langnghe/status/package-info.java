/**
 * The platform's own state for operators and health checks: version, index size, Solr mode and the
 * database in use. Read-only.
 */
package vn.langnghe.status;
