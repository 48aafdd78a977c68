package vn.langnghe.search;

import java.util.List;

/**
 * One poll: the posts that arrived after the cursor asked with, oldest arrival first, and the cursor to
 * ask with next time ({@code nextCursor} equals the one asked with when nothing new has settled).
 */
public record Arrivals(List<Arrival> posts, String cursor, String nextCursor) {
    public Arrivals {
        posts = List.copyOf(posts);
    }
}
