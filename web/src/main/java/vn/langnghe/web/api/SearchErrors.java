package vn.langnghe.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.langnghe.search.SearchRequestException;

/**
 * A search the API cannot run as asked, answered with the problem type a consuming system branches on and
 * the search's own plain words as the detail (never Solr's message): the query's syntax, a field, filter
 * or sort that does not exist, a facet that is not declared, a damaged cursor, an author filter or facet
 * without personal-data clearance (the caller's scope), a query longer than the search takes; anything
 * else the caller sent is a bad request. Every endpoint that reads posts relies on it.
 */
@Provider
public class SearchErrors implements ExceptionMapper<SearchRequestException> {
    @Override
    public Response toResponse(SearchRequestException e) {
        return ApiProblem.response(type(e.problem()), e.getMessage(), null).build();
    }

    static ProblemType type(SearchRequestException.Problem p) {
        return switch (p) {
            case QUERY_SYNTAX, QUERY_TOO_COMPLEX, LOCAL_PARAMS, LEADING_WILDCARD -> ProblemType.BAD_QUERY;
            case QUERY_TOO_LONG -> ProblemType.URI_TOO_LONG;
            case FIELD_NOT_SEARCHABLE, UNKNOWN_FILTER, UNKNOWN_FIELD, BAD_SORT -> ProblemType.UNKNOWN_FIELD;
            case UNKNOWN_FACET -> ProblemType.UNKNOWN_FACET;
            case BAD_CURSOR -> ProblemType.BAD_CURSOR;
            case NOT_CLEARED -> ProblemType.SCOPE_VIOLATION;
            case BAD_FILTER, BAD_DATES, BAD_PAGE, TOO_DEEP, BAD_CHART -> ProblemType.BAD_REQUEST;
        };
    }
}
