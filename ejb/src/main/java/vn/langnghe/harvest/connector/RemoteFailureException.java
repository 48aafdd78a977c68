package vn.langnghe.harvest.connector;

/** The platform failed (5xx, connection refused, time-out): transient, retried with back-off. */
public final class RemoteFailureException extends ConnectorException {

    public RemoteFailureException(String message) {
        super(message);
    }

    public RemoteFailureException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String kind() {
        return ErrorKind.REMOTE_FAILURE.code();
    }
}
