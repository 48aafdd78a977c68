/**
 * Bulk import of posts exported from other tools: CSV, JSON lines or XLSX, from a URL, a server file or
 * a folder / upload area, with a column mapping chosen by the admin. Files are read as streams and paged
 * by row: the cursor holds the file's identity and the row and byte offset reached, so a page resumes
 * without re-reading what came before (CSV, JSON lines) and a changed file starts again from its top.
 * A file at a URL is downloaded once per run; a run that resumes it asks only for the rest (Range).
 */
package vn.langnghe.harvest.connector.bulkimport;
