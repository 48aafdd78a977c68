/**
 * Saved queries: an analyst's search kept under a name ({@link vn.langnghe.savedquery.SavedQuery}), private
 * or shared with the owner's unit, listed, opened, edited, duplicated and deleted through
 * {@link vn.langnghe.savedquery.SavedQueries} (every change audited). A saved query keeps the search's URL
 * state only ({@link vn.langnghe.savedquery.SearchState}); the scope it runs in always comes from the
 * reader who opens it. It may use {@code search} (requests, readers, the scoped search) and {@code audit}.
 */
package vn.langnghe.savedquery;
