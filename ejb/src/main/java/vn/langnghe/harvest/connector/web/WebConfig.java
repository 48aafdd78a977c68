package vn.langnghe.harvest.connector.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;
import vn.langnghe.harvest.connector.constraints.ServerPath;

/**
 * @param mode         what to read
 * @param url          the page or file ({@code URL}) or the sitemap / sitemap index ({@code SITEMAP})
 * @param folder       the server folder ({@code FOLDER}) or the upload area that the admin page drops files
 *                     into ({@code UPLOAD}, created when missing)
 * @param pageSize     pages or files per fetch
 * @param maxTextChars text kept per document; a longer one keeps its beginning and says where it was cut
 */
public record WebConfig(
        @NotNull(message = "must be URL, SITEMAP, FOLDER or UPLOAD") Mode mode,
        @HttpUrl(groups = ReadsTheWeb.class) String url,
        @NotBlank(groups = ReadsServerFiles.class, message = "must name a folder on the server")
        @ServerPath(groups = ReadsServerFiles.class) String folder,
        @Between(min = 1, max = 500) int pageSize,
        @AtLeast(1_000) int maxTextChars) {

    public enum Mode {
        URL(ReadsTheWeb.class), SITEMAP(ReadsTheWeb.class), FOLDER(ReadsServerFiles.class),
        UPLOAD(ReadsServerFiles.class);

        /** The constraints that hold in this mode only (checked by the factory once the mode is known). */
        final Class<?> constraints;

        Mode(Class<?> constraints) {
            this.constraints = constraints;
        }
    }

    /** Constraint group of the modes that read a URL. */
    interface ReadsTheWeb {
    }

    /** Constraint group of the modes that read a folder on the server. */
    interface ReadsServerFiles {
    }
}
