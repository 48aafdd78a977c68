package vn.langnghe.search;

import java.util.Locale;
import java.util.Optional;
import vn.langnghe.index.PostField;

/**
 * The fields a search may be filtered on ({@code f=name:value}), declared once: the search page's facets
 * and the API take their list from here, and {@link ScopedQuery} refuses any other name. Authors are not
 * among them: a unit without personal-data clearance sees pseudonyms only.
 */
public enum FilterField {
    PLATFORM("platform", PostField.PLATFORM),
    KIND("kind", PostField.KIND),
    LANGUAGE("language", PostField.LANGUAGE),
    SENTIMENT("sentiment", PostField.SENTIMENT),
    TOPIC("topic", PostField.TOPICS),
    AREA("area", PostField.REGION_AREAS),
    UNIT("unit", PostField.REGION_UNITS),
    REGION("region", PostField.REGION_PATH),
    HASHTAG("hashtag", PostField.HASHTAGS),
    KEYWORD("keyword", PostField.KEYWORDS);

    private final String param;
    private final String solrField;

    FilterField(String param, String solrField) {
        this.param = param;
        this.solrField = solrField;
    }

    /** The name in URLs ({@code f=topic:flooding}). */
    public String param() {
        return param;
    }

    public String solrField() {
        return solrField;
    }

    public static Optional<FilterField> byParam(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (FilterField f : values()) {
            if (f.param.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
