package vn.langnghe.search;

import java.util.Locale;

/** What a timeline's buckets are split by: one of four facets, or nothing (totals only). */
public enum TimelineSplit {
    NONE(null), SENTIMENT(Facet.SENTIMENT), TOPIC(Facet.TOPIC), REGION(Facet.REGION), PLATFORM(Facet.PLATFORM);

    private final Facet facet;

    TimelineSplit(Facet facet) {
        this.facet = facet;
    }

    /** The facet whose values split a bucket; null for {@link #NONE}. */
    public Facet facet() {
        return facet;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code sentiment}, {@code topic}, {@code region}, {@code platform}; blank or {@code none} for no split. */
    public static TimelineSplit parse(String s) {
        if (s == null || s.isBlank()) {
            return NONE;
        }
        for (TimelineSplit v : values()) {
            if (v.param().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new SearchRequestException(SearchRequestException.Problem.BAD_CHART,
                "a timeline can be split by sentiment, topic, region or platform, or none");
    }

    /**
     * {@code hour}, {@code day}, {@code week}, {@code month}; blank or {@code auto} for null, the interval the
     * search page's chart would choose for the range ({@link VolumeInterval#forRange}).
     */
    public static VolumeInterval interval(String s) {
        if (s == null || s.isBlank() || s.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        for (VolumeInterval v : VolumeInterval.values()) {
            if (v.name().equalsIgnoreCase(s.strip())) {
                return v;
            }
        }
        throw new SearchRequestException(SearchRequestException.Problem.BAD_CHART,
                "the interval is hour, day, week, month or auto");
    }
}
