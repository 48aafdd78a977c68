package vn.langnghe.search;

import java.io.IOException;
import java.util.List;

/**
 * Where {@link PostSearch#export} hands the posts of a search, page by page: a file being written. The
 * search calls {@link #begin} once, {@link #page} for each page in the search's order, and {@link #end}
 * after the last, before it records the export as done.
 */
public interface ExportSink {
    /** Before the first page: how many posts match ({@code total}) and how many will come ({@code rows}, at most the cap). */
    void begin(long total, long rows) throws IOException;

    /**
     * One page of posts in order; false stops the export here (cancelled) without having written this page:
     * nothing more is read, and the rows counted are those of the pages before.
     */
    boolean page(List<ExportedPost> posts) throws IOException;

    /** After the last page: the file is complete. Not called when the export stopped or failed. */
    void end() throws IOException;
}
