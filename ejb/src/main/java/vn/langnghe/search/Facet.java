package vn.langnghe.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.langnghe.index.PostField;

/**
 * Every facet and filter of a search, declared once: the search page's panel, the API's {@code f=name:value},
 * the field names a query may use ({@code platform:facebook}) and {@link ScopedQuery}'s whitelist all come
 * from here, in this order. Labels are the message keys {@code facet.<name>} and, for facets whose values are
 * codes, {@code facet.<name>.<value>}. A facet with {@code limit 0} is a filter only (no counts shown).
 *
 * <p>{@link #AUTHOR} is personal data: a reader whose unit has no personal-data clearance gets no author
 * counts and may not filter on an author (it sees pseudonyms, which cannot be turned back into names).
 */
public enum Facet {
    SENTIMENT("sentiment", PostField.SENTIMENT, Kind.TERMS, 3, true, false, true),
    PLATFORM("platform", PostField.PLATFORM, Kind.TERMS, 20, true, false, true),
    TOPIC("topic", PostField.TOPICS, Kind.TERMS, 20, true, false, true),
    /** {@code topic:polarity} pairs ({@code transport:negative}): what each topic of a post is said about it. */
    TOPIC_SENTIMENT("topic_sentiment", PostField.TOPIC_SENTIMENT, Kind.TERMS, 24, true, false, true),
    /** City → former district/area → ward, drilled one level at a time on {@code region_path}. */
    REGION("region", PostField.REGION_PATH, Kind.HIERARCHY, 50, true, false, true),
    LANGUAGE("language", PostField.LANGUAGE, Kind.TERMS, 10, true, false, true),
    KIND("kind", PostField.KIND, Kind.TERMS, 5, true, false, true),
    SOURCE("source", PostField.SOURCE, Kind.TERMS, 20, false, false, false),
    AUTHOR("author", PostField.AUTHOR_NAME + "_str", Kind.TERMS, 20, false, true, false),
    HASHTAG("hashtag", PostField.HASHTAGS, Kind.TERMS, 20, false, false, false),
    /** Counts for the date presets; filtering on dates is {@code from}/{@code to}, not {@code f=}. */
    DATE("date", PostField.CREATED_AT, Kind.DATE_RANGE, 4, true, false, false),
    // filters only: plain area and ward codes, keywords (the region facet is the way to browse places)
    AREA("area", PostField.REGION_AREAS, Kind.TERMS, 0, true, false, false),
    UNIT("unit", PostField.REGION_UNITS, Kind.TERMS, 0, true, false, false),
    KEYWORD("keyword", PostField.KEYWORDS, Kind.TERMS, 0, false, false, false);

    /** How a facet counts. */
    public enum Kind { TERMS, HIERARCHY, DATE_RANGE, NUMERIC_RANGE }

    private final String param;
    private final String solrField;
    private final Kind kind;
    private final int limit;
    private final boolean codes;
    private final boolean personal;
    private final boolean fewValues;

    Facet(String param, String solrField, Kind kind, int limit, boolean codes, boolean personal, boolean fewValues) {
        this.param = param;
        this.solrField = solrField;
        this.kind = kind;
        this.limit = limit;
        this.codes = codes;
        this.personal = personal;
        this.fewValues = fewValues;
    }

    /** The name in URLs ({@code f=topic:flooding}), in queries ({@code topic:flooding}) and in Solr tags. */
    public String param() {
        return param;
    }

    public String solrField() {
        return solrField;
    }

    public Kind kind() {
        return kind;
    }

    /** Values shown at most; 0 for a filter without counts. */
    public int limit() {
        return limit;
    }

    /** Whether values are codes with labels of their own ({@code facet.<name>.<value>}) rather than free text. */
    public boolean codes() {
        return codes;
    }

    /** Personal data: only for readers whose unit has personal-data clearance. */
    public boolean personal() {
        return personal;
    }

    /**
     * Whether the field holds a handful of values (a region level counts as one: its prefix lists a few
     * dozen). Solr then counts by value ({@code enum}): each value's posts are a set kept in its filter cache
     * and a count is an intersection of bit sets, instead of reading the value of every matching post from
     * doc values; at 1,000,000 posts a city-wide count of four such facets fell from ~150 ms to a few ms
     * (docs/benchmarks.md). Fields of many values (authors, hashtags, sources) would fill the cache.
     */
    public boolean fewValues() {
        return fewValues;
    }

    public String labelKey() {
        return "facet." + param;
    }

    /** The label key of a value, for facets whose values are codes; null otherwise. */
    public String valueLabelKey(String value) {
        return codes ? "facet." + param + "." + value : null;
    }

    /** Whether {@code f=name:value} may name it (dates go through from/to). */
    public boolean filterable() {
        return kind != Kind.DATE_RANGE;
    }

    /** Whether the reader may see its counts and filter on it. */
    public boolean allowedFor(Reader reader) {
        return allowedFor(reader.personalDataClearance());
    }

    boolean allowedFor(boolean personalDataClearance) {
        return !personal || personalDataClearance;
    }

    /** The facets with counts a reader gets, in panel order. */
    public static List<Facet> countedFor(Reader reader) {
        return Arrays.stream(values()).filter(f -> f.limit > 0 && f.allowedFor(reader)).toList();
    }

    /**
     * The facets a caller names ({@code facet=topic,region}, repeatable: every value joined), in panel order,
     * each once; blank for none. A name that is not a counted facet is refused
     * ({@link SearchRequestException.Problem#UNKNOWN_FACET}), a personal one without clearance as well
     * ({@link SearchRequestException.Problem#NOT_CLEARED}).
     */
    public static List<Facet> selection(List<String> lists, Reader reader) {
        java.util.Set<Facet> chosen = java.util.EnumSet.noneOf(Facet.class);
        int names = 0;
        for (String l : lists == null ? List.<String>of() : lists) {
            for (String n : l == null ? new String[0] : l.split(",", -1)) {
                String name = n.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (++names > 2 * values().length) {
                    throw new SearchRequestException(SearchRequestException.Problem.UNKNOWN_FACET,
                            "at most " + 2 * values().length + " facet names");
                }
                Facet f = Arrays.stream(values()).filter(x -> x.limit > 0 && x.param.equals(name)).findFirst()
                        .orElseThrow(() -> new SearchRequestException(SearchRequestException.Problem.UNKNOWN_FACET,
                                "no facet \"" + SearchRequestException.shortened(name) + "\": the facets are "
                                        + String.join(", ", countedFor(reader).stream().map(Facet::param).toList())));
                if (!f.allowedFor(reader)) {
                    throw new SearchRequestException(SearchRequestException.Problem.NOT_CLEARED, "your unit has no "
                            + "personal-data clearance: authors are shown as pseudonyms and are not counted");
                }
                chosen.add(f);
            }
        }
        return List.copyOf(chosen);
    }

    /** A filterable facet by its URL name. */
    public static Optional<Facet> byParam(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.filterable() && f.param.equals(n)).findFirst();
    }
}
