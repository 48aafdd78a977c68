package vn.langnghe.pipeline;

/** The outbox could not be read or written: the database did not answer, or refused a statement. */
public class OutboxException extends RuntimeException {
    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
