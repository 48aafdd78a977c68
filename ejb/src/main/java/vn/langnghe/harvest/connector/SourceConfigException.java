package vn.langnghe.harvest.connector;

/** The source's config cannot work (unknown page, missing channel, unreadable folder...). */
public final class SourceConfigException extends ConnectorException {

    public SourceConfigException(String message) {
        super(message);
    }

    public SourceConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String kind() {
        return ErrorKind.CONFIG.code();
    }
}
