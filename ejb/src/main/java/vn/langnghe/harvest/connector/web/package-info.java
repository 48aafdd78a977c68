/**
 * Web pages and files (HTML, PDF, DOCX, XLSX, TXT) read through Apache Tika with guards against hostile
 * documents: one URL, every page of a sitemap or sitemap index (paged by position, later runs take only
 * pages whose {@code lastmod} changed), or the files of a server folder or upload area (walked in name
 * order, paged, later runs take only files modified since the previous walk).
 */
package vn.langnghe.harvest.connector.web;
