package vn.langnghe.search;

/**
 * A post as an export writes it: the reader's view of it ({@link PostView}, masked for a unit without
 * personal-data clearance) with the two fields a file has and a page does not show, the configured
 * source and the detected language.
 */
public record ExportedPost(PostView post, String source, String language) {
}
