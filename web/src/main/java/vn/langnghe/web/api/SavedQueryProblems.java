package vn.langnghe.web.api;

import java.util.function.Supplier;
import vn.langnghe.savedquery.SavedQueryException;
import vn.langnghe.search.SearchRequestException;

/**
 * The problems of reading a saved query over the API (polling, feeds): a query the caller may not open is
 * {@code not-found} (the same answer whether it is missing or another unit's), a damaged cursor
 * {@code bad-cursor}, a search the caller's unit may not run {@code scope-violation}, the index away
 * {@code unavailable}. The words are the services' own, which name no other unit's data.
 */
final class SavedQueryProblems {
    private SavedQueryProblems() {
    }

    static <T> T call(Supplier<T> read) {
        try {
            return read.get();
        } catch (SavedQueryException e) {
            throw problem(e);
        } catch (SearchRequestException e) {
            throw problem(e);
        }
    }

    static ApiProblem problem(SavedQueryException e) {
        return switch (e.problem()) {
            case NOT_FOUND -> new ApiProblem(ProblemType.NOT_FOUND, e.getMessage());
            case NOT_OWNER -> new ApiProblem(ProblemType.FORBIDDEN, e.getMessage());
            default -> new ApiProblem(ProblemType.BAD_REQUEST, e.getMessage());
        };
    }

    static ApiProblem problem(SearchRequestException e) {
        ProblemType type = switch (e.problem()) {
            case BAD_CURSOR -> ProblemType.BAD_CURSOR;
            case UNKNOWN_FILTER -> ProblemType.UNKNOWN_FIELD;
            case NOT_CLEARED -> ProblemType.SCOPE_VIOLATION;
            case QUERY_TOO_LONG, QUERY_TOO_COMPLEX, QUERY_SYNTAX, LOCAL_PARAMS, FIELD_NOT_SEARCHABLE, LEADING_WILDCARD ->
                    ProblemType.BAD_QUERY;
            default -> ProblemType.BAD_REQUEST;
        };
        return new ApiProblem(type, e.getMessage());
    }
}
