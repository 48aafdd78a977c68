package vn.langnghe.account;

/**
 * Why {@link PasswordPolicy} refuses a password, or a change of password is refused. The web tier shows {@link #messageKey()} from its
 * bundles (Vietnamese and English); the API can name the constant.
 */
public enum PasswordProblem {
    /** Shorter than {@link PasswordPolicy#MIN_LENGTH}; the message takes the length as {0}. */
    TOO_SHORT,
    /** Only one kind of character (only letters, only digits...). */
    ONE_CHARACTER_CLASS,
    /** Contains the username, in any case. */
    CONTAINS_USERNAME,
    /** A common or obvious password, also with digits or symbols around it or without its accents. */
    TOO_COMMON,
    /** The new password is the current one. */
    UNCHANGED,
    /** A change of password was asked with a wrong current password. */
    WRONG_CURRENT_PASSWORD;

    public String messageKey() {
        return switch (this) {
            case TOO_SHORT -> "password.tooShort";
            case ONE_CHARACTER_CLASS -> "password.oneClass";
            case CONTAINS_USERNAME -> "password.containsUsername";
            case TOO_COMMON -> "password.tooCommon";
            case UNCHANGED -> "password.unchanged";
            case WRONG_CURRENT_PASSWORD -> "password.wrongCurrent";
        };
    }
}
