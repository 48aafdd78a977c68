/**
 * Writing CSV that spreadsheets open safely: UTF-8 with a byte order mark (Excel otherwise reads
 * Vietnamese in the legacy code page), RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula neutralised. Shared by the audit log's CSV and the export of search results; uses nothing else.
 */
package vn.langnghe.csv;
