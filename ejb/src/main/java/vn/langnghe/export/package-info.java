/**
 * Exports of search results to CSV and XLSX: the current result set of a search, read through {@code
 * search.PostSearch} only (the reader's scope, authors masked for units without personal-data clearance,
 * one {@code export} audit event with {@code rows=N}), written in the background to a file in the data
 * directory, with progress and cancellation, downloaded once by the account that asked, deleted after
 * the download or an hour. Uses {@code search}, {@code audit}, {@code index} and {@code csv}.
 */
package vn.langnghe.export;
