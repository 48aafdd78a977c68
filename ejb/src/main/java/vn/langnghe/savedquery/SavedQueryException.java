package vn.langnghe.savedquery;

import jakarta.ejb.ApplicationException;

/**
 * A saved-query action refused, in plain words; the {@link Problem} lets pages show their own text. An
 * application exception: it reaches the page as itself, not wrapped in an EJBException as a failure.
 */
@ApplicationException(rollback = true)
public class SavedQueryException extends RuntimeException {
    /** What is wrong. */
    public enum Problem {
        NAME_MISSING, NAME_TOO_LONG, DESCRIPTION_TOO_LONG, BAD_VISIBILITY, BAD_STATE, NOT_FOUND, NOT_OWNER, BAD_PAGE
    }

    private final Problem problem;

    public SavedQueryException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public SavedQueryException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
