package vn.langnghe.search;

import java.util.List;

/** The facet counts of a search ({@code GET /api/v1/stats/facets}): its groups, its posts with near-duplicates, the counts. */
public record FacetSummary(long total, long posts, List<FacetCounts> facets) {
    public FacetSummary {
        facets = List.copyOf(facets);
    }
}
