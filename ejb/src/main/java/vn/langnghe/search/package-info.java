/**
 * Reading the index for people: the one scoped query builder ({@link vn.langnghe.search.ScopedQuery}) that
 * every read of posts starts from, the reader's scope as a filter ({@link vn.langnghe.search.ScopeFilter}),
 * search and post view ({@link vn.langnghe.search.PostSearch}, audited, authors masked for units without
 * personal-data clearance, with facet counts declared once in {@link vn.langnghe.search.Facet}, snippets,
 * near-duplicates collapsed, cursor paging and the volume chart) and the dashboard's counts. This package
 * never writes posts.
 */
package vn.langnghe.search;
