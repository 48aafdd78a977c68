package vn.langnghe.harvest.connector;

/**
 * The reply cannot be used: malformed or truncated JSON/XML, invalid UTF-8, a body over the size
 * limit, too many items, a document bomb, a forbidden DTD. Nothing from the page is kept.
 */
public final class BadReplyException extends ConnectorException {

    public BadReplyException(String message) {
        super(message);
    }

    public BadReplyException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String kind() {
        return ErrorKind.BAD_REPLY.code();
    }
}
