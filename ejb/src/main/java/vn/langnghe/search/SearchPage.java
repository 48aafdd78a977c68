package vn.langnghe.search;

import java.util.List;

/** One page of a search: how many posts in scope match in all, and this page's posts. */
public record SearchPage(long total, int page, int rows, List<PostView> posts) {
    public SearchPage {
        posts = List.copyOf(posts);
    }

    /** Pages there are, given the paging limit. */
    public int pages() {
        long reachable = Math.min(total, SearchRequest.MAX_DEPTH);
        return (int) ((reachable + rows - 1) / rows);
    }
}
