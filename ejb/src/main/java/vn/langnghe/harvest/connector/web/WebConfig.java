package vn.langnghe.harvest.connector.web;

/**
 * @param mode         what to read
 * @param url          the page or file ({@code URL}) or the sitemap / sitemap index ({@code SITEMAP})
 * @param folder       the server folder ({@code FOLDER}) or the upload area that the admin page drops files
 *                     into ({@code UPLOAD}, created when missing)
 * @param pageSize     pages or files per fetch
 * @param maxTextChars text kept per document; a longer one keeps its beginning and says where it was cut
 */
public record WebConfig(Mode mode, String url, String folder, int pageSize, int maxTextChars) {

    public enum Mode { URL, SITEMAP, FOLDER, UPLOAD }
}
