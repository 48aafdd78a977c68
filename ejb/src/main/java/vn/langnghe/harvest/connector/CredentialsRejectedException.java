package vn.langnghe.harvest.connector;

/** The key or token is missing, wrong or expired: an admin must enter a new one. */
public final class CredentialsRejectedException extends ConnectorException {

    public CredentialsRejectedException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return ErrorKind.CREDENTIALS_REJECTED.code();
    }
}
