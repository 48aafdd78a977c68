package vn.langnghe.search;

import java.util.List;

/** The counts of one facet, in Solr's order (most posts first), each value with its label key and whether it is filtered on. */
public record FacetCounts(Facet facet, List<Value> values) {
    /**
     * One value: as filtered on ({@code f=facet:value}), the code a label is looked up by (a region's last
     * path segment), the label key (null for free text: authors, hashtags, sources), the posts, selected or not.
     */
    public record Value(String value, String code, String labelKey, long count, boolean selected) {
    }

    public FacetCounts {
        values = List.copyOf(values);
    }

    public String labelKey() {
        return facet.labelKey();
    }
}
