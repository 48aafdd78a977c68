package vn.langnghe.harvest.connector.bulkimport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrlOrServerPath;
import vn.langnghe.harvest.connector.constraints.RequiredPattern;
import vn.langnghe.harvest.connector.constraints.TimeZoneName;

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
 * @param csvDelimiter    {@code ,} or {@code ;} or {@code |} or {@code tab}; empty for {@code ,}
 * @param pageSize        rows per page (at most the harvester's page limit)
 * @param skipBadRows     false: a page with an unreadable row fails and names the rows; true: such rows
 *                        are skipped and logged with their numbers and reasons
 */
public record ImportConfig(
        @HttpUrlOrServerPath String location,
        @NotNull(message = "must be AUTO, CSV, JSON_LINES or XLSX") Format format,
        String mapping,
        @DateFormat String dateFormat,
        @TimeZoneName String timeZone,
        @RequiredPattern(regexp = "[a-z0-9][a-z0-9_.-]{0,39}",
                message = "must be a short lower-case name such as import or facebook") String defaultPlatform,
        @Pattern(regexp = "|,|;|\\||tab|\\\\t|\t", message = "must be , ; | or tab") String csvDelimiter,
        @Between(min = 1, max = 5_000) int pageSize,
        boolean skipBadRows) {

    public enum Format { AUTO, CSV, JSON_LINES, XLSX }
}
