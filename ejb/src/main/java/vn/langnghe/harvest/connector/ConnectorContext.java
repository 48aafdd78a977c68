package vn.langnghe.harvest.connector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What the harvester lends a connector: an HTTP client with the platform-wide limits, the clock, the
 * page limits, and the server folders sources may read files from.
 *
 * @param maxItemsPerPage a reply with more items than this is refused as a {@link BadReplyException}
 *                        (a "page" of a million items is an attack or a bug, not a page)
 * @param fileRoots       folders (and everything under them) that folder, upload and import sources may
 *                        read; a path elsewhere is a {@link SourceConfigException}, so an admin account
 *                        cannot be used to read the server's own files
 */
public record ConnectorContext(HttpFetcher http, Clock clock, int maxItemsPerPage, List<Path> fileRoots) {

    public ConnectorContext {
        fileRoots = fileRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** Any server file may be read: for tests and command-line tools, never for the harvester. */
    public ConnectorContext(HttpFetcher http, Clock clock, int maxItemsPerPage) {
        this(http, clock, maxItemsPerPage, List.of(Path.of("/")));
    }

    public static ConnectorContext defaults() {
        return new ConnectorContext(new HttpFetcher(HttpFetcher.Limits.DEFAULTS), Clock.systemUTC(), 5_000);
    }

    /** Throws when a page holds more items than allowed; call before converting the items. */
    public void checkPageSize(int items) throws BadReplyException {
        if (items > maxItemsPerPage) {
            throw new BadReplyException("the reply holds " + items + " items, more than the limit of "
                    + maxItemsPerPage + " per page");
        }
    }

    /**
     * Throws unless {@code path} (absolute) lies under one of {@link #fileRoots}, judged on the real path
     * when it exists, so neither {@code ..} nor a symbolic link leads out.
     */
    public void checkServerPath(Path path) throws SourceConfigException {
        Path p = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(p)) {
                p = p.toRealPath();
            }
        } catch (IOException e) {
            throw new SourceConfigException("the server path " + path + " cannot be read: " + e.getMessage(), e);
        }
        for (Path root : fileRoots) {
            Path r = root;
            try {
                if (Files.exists(root)) {
                    r = root.toRealPath();
                }
            } catch (IOException e) {
                continue;
            }
            if (p.startsWith(r)) {
                return;
            }
        }
        throw new SourceConfigException("the server path " + path + " is outside the folders sources may read ("
                + String.join(", ", fileRoots.stream().map(Path::toString).toList())
                + "; langnghe.harvest.file-roots)");
    }
}
