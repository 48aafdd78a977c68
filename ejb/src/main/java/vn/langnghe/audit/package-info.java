/**
 * The audit trail: who did what, in which unit, to what, from where, when, and how it ended. Every
 * login, search, export, report and change is recorded here; records are only ever added, and a hash
 * chain over them makes any later change, removal or insertion detectable ({@link
 * vn.langnghe.audit.AuditVerifier}). Owns the audit tables; uses nothing else of the platform.
 */
package vn.langnghe.audit;
