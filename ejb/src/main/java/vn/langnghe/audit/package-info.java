/**
 * The audit trail: who did what and when. Every login, search, export, report and change is recorded
 * here; records are only ever added.
 */
package vn.langnghe.audit;
