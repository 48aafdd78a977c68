package vn.langnghe.search;

import java.util.List;
import java.util.Optional;

/**
 * One page of a search: how many posts in scope match in all (near-duplicates counted once), this page's
 * hits, the cursor this page was read from and the one for the next page (the same when there is no more),
 * the facet counts in panel order, and the chart data (volume; the sentiment, topic, region, author and
 * source charts are the facets of those names), and the posts behind the total with near-duplicates counted
 * one by one (what the dashboard counts; equal to the total when the results hold no duplicates).
 */
public record SearchPage(long total, int page, int rows, List<Hit> hits, String cursor, String nextCursor,
                         List<FacetCounts> facets, VolumeInterval interval, List<VolumePoint> volume, long postCount) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        volume = List.copyOf(volume);
    }

    public List<PostView> posts() {
        return hits.stream().map(Hit::post).toList();
    }

    /** Pages there are, given the page-number limit. */
    public int pages() {
        long reachable = Math.min(total, SearchRequest.MAX_DEPTH);
        return (int) ((reachable + rows - 1) / rows);
    }

    /** Whether cursor paging can go on. */
    public boolean hasNext() {
        return cursor != null ? nextCursor != null && !nextCursor.equals(cursor) : (long) page * rows < Math.min(total, SearchRequest.MAX_DEPTH);
    }

    /** The counts of a facet, if the reader gets them (no author counts without clearance). */
    public Optional<FacetCounts> facet(Facet f) {
        return facets.stream().filter(c -> c.facet() == f).findFirst();
    }
}
