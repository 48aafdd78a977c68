package vn.langnghe.retention;

/** A retention age that is refused; {@link #messageKey()} names the bundle text the page shows. */
public class InvalidRetentionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String messageKey;

    InvalidRetentionException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
