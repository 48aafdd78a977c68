/**
 * Reading the index for analysts: queries, facets and counts built from typed request objects. Every
 * query carries the caller's {@link vn.langnghe.account.DataScope}. This package never writes posts.
 */
package vn.langnghe.search;
