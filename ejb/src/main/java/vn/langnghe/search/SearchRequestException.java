package vn.langnghe.search;

/**
 * A search that cannot be run as asked, said in plain words (never Solr's message). The
 * {@link Problem} lets pages show their own text for it.
 */
public class SearchRequestException extends RuntimeException {
    /** What is wrong with the request. */
    public enum Problem {
        QUERY_TOO_LONG, QUERY_TOO_COMPLEX, QUERY_SYNTAX, LOCAL_PARAMS, FIELD_NOT_SEARCHABLE, LEADING_WILDCARD,
        UNKNOWN_FILTER, BAD_FILTER, BAD_DATES, BAD_SORT, BAD_PAGE, TOO_DEEP, BAD_CURSOR, NOT_CLEARED,
        /** The API's: a field, a facet or a chart's interval or split that does not exist, too many chart buckets. */
        UNKNOWN_FIELD, UNKNOWN_FACET, BAD_CHART
    }

    private final Problem problem;

    public SearchRequestException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** A caller's text as a message quotes it: at most 40 characters, so a huge input is not echoed whole. */
    static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
