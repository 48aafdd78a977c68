package vn.langnghe.harvest.connector;

/**
 * Why a fetch failed, in a form the harvester can act on. Each subclass is one decision: wait
 * ({@link RateLimitedException}), retry with back-off ({@link RemoteFailureException}), stop until an
 * admin acts ({@link CredentialsRejectedException}, {@link SourceConfigException}) or record the bad
 * reply and retry later ({@link BadReplyException}). Messages are shown to admins: they say what
 * happened in plain words and never contain a secret.
 */
public abstract sealed class ConnectorException extends Exception
        permits RateLimitedException, RemoteFailureException, CredentialsRejectedException, BadReplyException,
        SourceConfigException {

    protected ConnectorException(String message) {
        super(message);
    }

    protected ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Short machine-readable kind for the API and the admin page. */
    public abstract String kind();
}
