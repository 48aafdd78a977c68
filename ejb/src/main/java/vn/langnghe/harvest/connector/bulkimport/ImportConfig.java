package vn.langnghe.harvest.connector.bulkimport;

/**
 * @param location        an http(s) URL, or an absolute server path to a file or to a folder whose files
 *                        (not sub-folders) are imported in name order, such as the upload area of the
 *                        admin page
 * @param format          the file format; {@code AUTO} goes by the file name, then the Content-Type
 * @param mapping         item field = column (CSV/XLSX header, or JSON field with dots for nested fields),
 *                        comma separated, e.g.
 *                        {@code id=post_id,text=message,created=created_time,author=from.name,url=link};
 *                        fields: id, text and created (required), title, author, authorId, url, platform,
 *                        kind, parent, thread, likes, shares, comments, views
 * @param dateFormat      {@code ISO} (ISO-8601, with or without zone), {@code EPOCH_SECONDS},
 *                        {@code EPOCH_MILLIS}, or a pattern such as {@code dd/MM/yyyy HH:mm}
 * @param timeZone        the zone of dates written without one, e.g. {@code Asia/Ho_Chi_Minh}
 * @param defaultPlatform the platform of rows with no (or an unusable) platform column, e.g. {@code import}
 * @param csvDelimiter    {@code ,} or {@code ;} or {@code tab}
 * @param pageSize        rows per page (at most the harvester's page limit)
 * @param skipBadRows     false: a page with an unreadable row fails and names the rows; true: such rows
 *                        are skipped and logged with their numbers and reasons
 */
public record ImportConfig(String location, Format format, String mapping, String dateFormat, String timeZone,
                           String defaultPlatform, String csvDelimiter, int pageSize, boolean skipBadRows) {

    public enum Format { AUTO, CSV, JSON_LINES, XLSX }
}
