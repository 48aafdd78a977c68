package vn.langnghe.harvest.connector.web;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * The files of a server folder (or the upload area the admin page writes into), {@code pageSize} files
 * per fetch in {@link FolderWalk} order. The cursor holds the last file looked at ({@code after}), the
 * start of the current walk ({@code start}) and the watermark ({@code since}): a walk takes the files
 * modified after the watermark, and when it ends its start (less a margin for coarse file-system
 * clocks) becomes the next watermark, so a file changed during a walk is taken again by the next one.
 *
 * <p>An item's id is the file's absolute path: two sources over one folder then share ids instead of
 * overwriting each other's "report.pdf"; a changed file is re-harvested under the same id. A file over
 * the size limit is refused before it is read, and a hostile file stops the page with its name in the
 * message, until an admin removes it.
 */
final class FolderConnector implements Connector {
    /** Files looked at per fetch at most, so a huge unchanged tree cannot hold one call for long. */
    static final int MAX_EXAMINED_PER_FETCH = 10_000;
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(FolderConnector.class.getName());

    private final String configured;
    private final Path folder;
    private final boolean upload;
    private final int pageSize;
    private final DocumentText text;
    private final ConnectorContext context;

    FolderConnector(String folder, boolean upload, int pageSize, DocumentText text, ConnectorContext context) {
        this.configured = folder;
        this.folder = absolute(folder);
        this.upload = upload;
        this.pageSize = pageSize;
        this.text = text;
        this.context = context;
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor c = Cursor.parse(cursorText);
        Instant since = c.epochMilliPart("since");
        String after = c.get("after");
        Instant start = after == null ? context.clock().instant() : c.epochMilliPart("start");
        if (start == null) {
            start = context.clock().instant();
        }
        openFolder();
        FolderWalk.Result walk;
        try {
            walk = FolderWalk.after(folder, after, pageSize, MAX_EXAMINED_PER_FETCH,
                    f -> since == null || f.attributes().lastModifiedTime().toInstant().isAfter(since));
        } catch (IOException e) {
            throw new SourceConfigException("the folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        List<HarvestedItem> items = new ArrayList<>(walk.files().size());
        List<String> skipped = new ArrayList<>();
        for (FolderWalk.Found f : walk.files()) {
            HarvestedItem item = item(f, skipped);
            if (item != null) {
                items.add(item);
            }
        }
        String note = Page.skippedNote(skipped, "files");
        if (walk.lastExamined() == null) {
            Instant watermark = start.minus(CLOCK_MARGIN);
            return Page.last(items, Cursor.empty().with("since", Long.toString(watermark.toEpochMilli())).text()).withNote(note);
        }
        Cursor next = Cursor.empty().with("since", since == null ? null : Long.toString(since.toEpochMilli()))
                .with("start", Long.toString(start.toEpochMilli())).with("after", walk.lastExamined());
        return new Page(items, next.text(), true).withNote(note);
    }

    /** Null unless an absolute path: a relative one would silently mean the server's working folder. */
    private static Path absolute(String folder) {
        try {
            Path p = folder == null || folder.isBlank() ? null : Path.of(folder);
            return p != null && p.isAbsolute() ? p.normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void openFolder() throws SourceConfigException {
        if (folder == null) {
            throw new SourceConfigException("the folder \"" + configured + "\" is not an absolute path on the server");
        }
        context.checkServerPath(folder);
        if (upload && !Files.exists(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new SourceConfigException("the upload folder " + folder + " cannot be created: " + e.getMessage(), e);
            }
        }
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            throw new SourceConfigException("the folder " + folder + " does not exist or cannot be read");
        }
    }

    private HarvestedItem item(FolderWalk.Found f, List<String> skipped) throws ConnectorException {
        long max = context.http().limits().maxBodyBytes();
        long size = f.attributes().size();
        if (size > max) {
            throw new BadReplyException("the file " + f.relative() + " is " + megabytes(size) + ", over the limit of "
                    + megabytes(max) + "; it was not read. Remove or split it to let the folder go on");
        }
        byte[] body;
        try {
            body = Files.readAllBytes(f.path());
        } catch (NoSuchFileException e) {
            return null; // removed since it was listed
        } catch (AccessDeniedException e) {
            throw new SourceConfigException("the file " + f.relative() + " cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new SourceConfigException("the file " + f.relative() + " cannot be read: " + e.getMessage(), e);
        }
        if (body.length > max) {
            throw new BadReplyException("the file " + f.relative() + " grew over the limit of " + megabytes(max)
                    + " while it was read");
        }
        DocumentText.Extracted doc;
        try {
            doc = text.extract(body, f.relative(), null);
        } catch (DocumentText.NoTextException e) {
            LOG.log(Level.INFO, "{0}; skipped", e.getMessage());
            skipped.add(f.relative() + " (" + e.getMessage() + ")");
            return null;
        } catch (BadReplyException e) {
            throw new BadReplyException("in the folder " + folder + ": " + e.getMessage() + ". Remove the file to "
                    + "let the folder go on", e);
        }
        Instant modified = f.attributes().lastModifiedTime().toInstant();
        String title = doc.title() != null ? doc.title() : f.path().getFileName().toString();
        return HarvestedItem.builder(UrlConnector.PLATFORM, f.path().toString())
                .kind("page")
                .title(title)
                .text(doc.text())
                .createdAt(doc.created() != null ? doc.created() : modified)
                .build();
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
