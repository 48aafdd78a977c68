package vn.langnghe.search;

import java.util.List;

/** A page (from 1) of a search's newest arrivals, newest first, and how many posts match in all. */
public record NewestArrivals(long total, int page, int rows, List<Arrival> posts) {
    public NewestArrivals {
        posts = List.copyOf(posts);
    }

    public boolean hasNext() {
        return (long) page * rows < total;
    }
}
