package vn.langnghe.export;

import java.io.IOException;
import vn.langnghe.search.ExportedPost;

/**
 * A file being written by an export, row by row: {@link #finish} completes it, {@link #close} releases
 * what the writer holds (whether finished or not; the caller deletes an unfinished file).
 */
interface ExportFile extends AutoCloseable {
    void row(ExportedPost post) throws IOException;

    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
