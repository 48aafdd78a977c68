package vn.langnghe.search;

import java.util.Objects;

/** One {@code f=name:value} of a search: posts whose field holds the value exactly. */
public record SearchFilter(Facet field, String value) {
    static final int MAX_VALUE_LENGTH = 200;

    public SearchFilter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_FILTER,
                    "the filter on " + field.param() + " has no value");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_FILTER,
                    "the filter on " + field.param() + " is longer than " + MAX_VALUE_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_FILTER,
                    "the filter on " + field.param() + " contains control characters");
        }
    }

    /** Parses {@code name:value} as a URL carries it; the name must be one of {@link Facet}. */
    public static SearchFilter parse(String param) {
        int colon = param == null ? -1 : param.indexOf(':');
        if (colon <= 0) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_FILTER,
                    "a filter must look like name:value, e.g. topic:flooding");
        }
        String name = param.substring(0, colon).trim();
        Facet field = Facet.byParam(name).orElseThrow(() -> new SearchRequestException(
                SearchRequestException.Problem.UNKNOWN_FILTER, "posts cannot be filtered on \"" + SearchRequestException.shortened(name) + "\""));
        return new SearchFilter(field, param.substring(colon + 1).trim());
    }

    /** As the URL and the audit trail write it. */
    @Override
    public String toString() {
        return field.param() + ":" + value;
    }
}
