package vn.langnghe.search;

import java.util.List;

/**
 * A page of {@code GET /api/v1/posts}: the groups that match ({@code total}, near-duplicates counted once, as
 * paging walks them), every post that matches ({@code posts}, near-duplicates included), the position asked
 * and the next one (the same as {@code cursor} once the last page was passed), the posts (masked for the
 * reader) and the facets asked for.
 */
public record PostsPage(long total, long posts, int rows, String cursor, String nextCursor, List<Item> items,
                        List<FacetCounts> facets) {
    public PostsPage {
        items = List.copyOf(items);
        facets = List.copyOf(facets);
    }

    /** One result: the post, its near-duplicate group and how many others of the group are in the reader's scope. */
    public record Item(PostView post, String dupGroup, long duplicates) {
    }
}
