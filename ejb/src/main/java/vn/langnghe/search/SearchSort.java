package vn.langnghe.search;

import java.util.Locale;

/** The orders a search offers; nothing else reaches Solr's {@code sort}. */
public enum SearchSort {
    /** Best match first; newest first among equals. */
    RELEVANCE,
    NEWEST,
    /** Likes + shares + comments, highest first. */
    ENGAGEMENT;

    /** {@code relevance}, {@code newest} or {@code engagement}; blank means relevance. */
    public static SearchSort parse(String s) {
        if (s == null || s.isBlank()) {
            return RELEVANCE;
        }
        for (SearchSort v : values()) {
            if (v.name().equalsIgnoreCase(s.trim())) {
                return v;
            }
        }
        throw new SearchRequestException(SearchRequestException.Problem.BAD_SORT,
                "results can be sorted by relevance, newest or engagement only");
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
