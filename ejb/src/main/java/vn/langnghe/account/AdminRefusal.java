package vn.langnghe.account;

import jakarta.ejb.ApplicationException;

/**
 * An admin's request that the platform refuses, with a message that says what to fix. The kind tells
 * the API its status (400, 404, 409) and the pages nothing more than the message. An application
 * exception, so that it reaches the caller as itself and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class AdminRefusal extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, NOT_FOUND, DUPLICATE }

    private final Kind kind;

    public AdminRefusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static AdminRefusal invalid(String message) {
        return new AdminRefusal(Kind.INVALID, message);
    }

    public static AdminRefusal notFound(String message) {
        return new AdminRefusal(Kind.NOT_FOUND, message);
    }

    public static AdminRefusal duplicate(String message) {
        return new AdminRefusal(Kind.DUPLICATE, message);
    }

    public Kind kind() {
        return kind;
    }
}
