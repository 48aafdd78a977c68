package vn.langnghe.savedquery;

import java.util.List;

/** One page of the saved queries a reader may open, and how many there are in all. */
public record SavedQueryList(long total, int page, int rows, List<SavedQuery> items) {
    public SavedQueryList {
        items = List.copyOf(items);
    }
}
