package vn.langnghe.index;

/** Solr could not take the documents; the caller keeps them and may try again. */
public class IndexingException extends Exception {
    public IndexingException(String message, Throwable cause) {
        super(message, cause);
    }
}
