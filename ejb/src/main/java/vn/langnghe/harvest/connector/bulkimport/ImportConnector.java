package vn.langnghe.harvest.connector.bulkimport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.SourceConfigException;
import vn.langnghe.harvest.connector.WebAddress;

/**
 * Imports one file (from a URL or the server) or the files of a folder, {@code pageSize} rows per page.
 *
 * <p>Cursor of a single file: {@code v} (its identity), then {@code row} and {@code offset} while pages
 * remain (for a file at a URL also what a Range request needs, see {@link RemoteFile}), or {@code done}
 * once it was read to its end; a later run with the same identity returns
 * nothing, a changed file is imported again from its first row (ids overwrite, nothing doubles). A
 * folder adds {@code since} (files modified before it were imported by an earlier walk), {@code start}
 * (this walk's start, the next watermark), {@code file} (the file being read) and {@code after} (the
 * last file finished).
 *
 * <p>Before a file's first page, all of it is read once without keeping anything: a file whose rows
 * are all unreadable (the wrong format, the wrong mapping) or that ends in the middle of a row fails
 * clearly then, instead of after thousands of pages.
 *
 * <p>A file at a URL is downloaded once per run: the harvester opens one connector for a run, which
 * keeps the download for the run's later pages of the same file. A run that resumes a file part-way
 * asks only for the rest where the server supports Range requests ({@link RemoteFile}); a walk that
 * starts, or a file read to its end, asks again, as a later run must see a changed file.
 */
final class ImportConnector implements Connector {
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(ImportConnector.class.getName());
    private static final int PROBLEMS_SHOWN = 5;

    private final ImportConfig config;
    private final ConnectorContext context;
    private final Mapping mapping;
    private final RowMapper mapper;
    private final int pageSize;
    /** Null for a server file or folder. */
    private final RemoteFile remote;
    /** This run's download, for the pages after the first. */
    private RemoteFile.Download held;

    /** Rows read from one position; {@code note} names the rows skipped (null when none). */
    private record Chunk(List<HarvestedItem> items, RowFile.Position after, boolean end, String note) {
    }

    /** What a full read of a file found. */
    private record Survey(long rows, long unreadable, List<String> problems) {
    }

    ImportConnector(ImportConfig config, String username, String password, ConnectorContext context) {
        this.config = config;
        this.context = context;
        this.mapping = Mapping.parse(config.mapping());
        this.mapper = new RowMapper(mapping, config.dateFormat(), ZoneId.of(config.timeZone()), config.defaultPlatform());
        this.pageSize = Math.min(config.pageSize(), context.maxItemsPerPage());
        // the same rule the config's validation used to tell an address from a server path
        this.remote = WebAddress.looksLikeOne(config.location())
                ? new RemoteFile(URI.create(config.location().strip()), username, password, context) : null;
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor c = Cursor.parse(cursorText);
        if (remote != null) {
            RemoteFile.Download d = download(c);
            return single(d.file(), d.contentType(), c, d);
        }
        Path path = localPath();
        if (Files.isDirectory(path)) {
            return folder(path, c);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new SourceConfigException("the file " + path + " does not exist or cannot be read");
        }
        return single(onDisk(path), null, c, null);
    }

    /** The copy this run holds when the cursor goes on with it; else the server's (the rest, when it can). */
    private RemoteFile.Download download(Cursor c) throws ConnectorException {
        RowFile.Position at = position(c);
        boolean partWay = c.get("v") != null && !"1".equals(c.get("done")) && at.row() > 0;
        if (partWay && held != null && held.file().identity().equals(c.get("v"))) {
            return held;
        }
        held = partWay ? remote.from(c, at.offset()) : remote.whole();
        return held;
    }

    @Override
    public String check() throws ConnectorException {
        ImportFile file;
        String type = null;
        if (remote != null) {
            RemoteFile.Download d = remote.whole();
            file = d.file();
            type = d.contentType();
        } else {
            Path path = localPath();
            if (Files.isDirectory(path)) {
                return filesOf(path).size() + " files to import in " + path;
            }
            file = onDisk(path);
        }
        Survey s = survey(rows(file, type), file);
        return file.name() + ": " + s.rows() + " rows" + (s.unreadable() == 0 ? ""
                : ", " + s.unreadable() + " cannot be read (" + String.join("; ", s.problems()) + ")");
    }

    /** @param download how a file at a URL came, else null */
    private Page single(ImportFile file, String contentType, Cursor c, RemoteFile.Download download)
            throws ConnectorException {
        boolean same = file.identity().equals(c.get("v"));
        boolean done = "1".equals(c.get("done"));
        if (same && done) {
            return Page.last(List.of(), c.text());
        }
        RowFile rows = rows(file, contentType);
        RowFile.Position from = same ? position(c) : RowFile.Position.START;
        Chunk chunk = chunk(rows, file, from);
        Cursor at = Cursor.empty().with("v", file.identity());
        String changed = same || done || c.get("v") == null ? null : file.name() + " changed while it was being "
                + "imported (after row " + position(c).row() + "); it is imported again from its first row "
                + "(rows already taken are overwritten, not doubled)";
        if (chunk.end()) {
            return Page.last(chunk.items(), at.with("done", "1").text()).withNote(changed).withNote(chunk.note());
        }
        Cursor next = at(at, chunk.after());
        if (download != null) {
            next = download.resumable(next, rows.headBytes());
        }
        return new Page(chunk.items(), next.text(), true).withNote(changed).withNote(chunk.note());
    }

    private Page folder(Path dir, Cursor c) throws ConnectorException {
        Instant since = c.epochMilliPart("since");
        String after = c.get("after");
        String current = c.get("file");
        Instant start = after == null && current == null ? null : c.epochMilliPart("start");
        if (start == null) {
            start = context.clock().instant();
        }
        List<Path> files = filesOf(dir);
        Path file = null;
        RowFile.Position from = RowFile.Position.START;
        if (current != null) {
            Path p = dir.resolve(current);
            if (files.contains(p)) {
                file = p;
                if (onDisk(p).identity().equals(c.get("v"))) {
                    from = position(c);
                }
            } else {
                after = current; // gone since: go on with the next
            }
        }
        if (file == null) {
            file = next(files, after, since);
        }
        Cursor walk = Cursor.empty().with("since", millis(since)).with("start", millis(start));
        if (file == null) {
            return endWalk(List.of(), start);
        }
        ImportFile f = onDisk(file);
        Chunk chunk = chunk(rows(f, null), f, from);
        if (!chunk.end()) {
            return new Page(chunk.items(), at(walk.with("file", f.name()).with("v", f.identity()), chunk.after()).text(), true)
                    .withNote(chunk.note());
        }
        if (next(files, f.name(), since) == null) {
            return endWalk(chunk.items(), start).withNote(chunk.note());
        }
        return new Page(chunk.items(), walk.with("after", f.name()).text(), true).withNote(chunk.note());
    }

    private static Page endWalk(List<HarvestedItem> items, Instant start) {
        return Page.last(items, Cursor.empty().with("since", millis(start.minus(CLOCK_MARGIN))).text());
    }

    private static Path next(List<Path> files, String after, Instant since) throws ConnectorException {
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (after != null && name.compareTo(after) <= 0) {
                continue;
            }
            try {
                if (since == null || Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isAfter(since)) {
                    return p;
                }
            } catch (IOException e) {
                throw new SourceConfigException("the file " + p + " cannot be read: " + e.getMessage(), e);
            }
        }
        return null;
    }

    /** The importable files directly in a folder, in name order; links, hidden and lock files left out. */
    private static List<Path> filesOf(Path dir) throws SourceConfigException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && !name.startsWith("~$") && format(name) != null
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new SourceConfigException("the folder " + dir + " cannot be read: " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    /** One page of rows after {@code from}; a whole file is surveyed first when it starts. */
    private Chunk chunk(RowFile rows, ImportFile file, RowFile.Position from) throws ConnectorException {
        if (from.row() == 0) {
            Survey s = survey(rows, file);
            if (s.rows() > 0 && s.unreadable() == s.rows()) {
                throw new BadReplyException("none of the " + s.rows() + " rows of " + file.name() + " can be read ("
                        + String.join("; ", s.problems()) + "). Check the format, the mapping and the date format; "
                        + "nothing was kept");
            }
        }
        List<HarvestedItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] taken = {0};
        RowFile.Position[] last = {from};
        boolean[] full = {false};
        rows.read(from, (row, after) -> {
            if (taken[0] == pageSize) {
                full[0] = true;
                return false;
            }
            taken[0]++;
            last[0] = after;
            String problem = row.problem();
            if (problem == null) {
                RowMapper.Result r = mapper.map(row.values());
                if (r.item() != null) {
                    items.add(r.item());
                }
                problem = r.problem();
            }
            if (problem != null) {
                problems.add("row " + row.number() + " " + problem);
            }
            return true;
        });
        String note = null;
        if (!problems.isEmpty()) {
            String summary = problems.size() + " of the " + taken[0] + " rows on this page of " + file.name()
                    + " cannot be read: " + Page.firstFew(problems, PROBLEMS_SHOWN);
            if (!config.skipBadRows()) {
                throw new BadReplyException(summary + ". Fix the file or the mapping, or turn on skipBadRows; "
                        + "nothing of the page was kept");
            }
            note = summary + "; these rows were skipped";
            LOG.warning(note);
        }
        return new Chunk(items, last[0], !full[0], note);
    }

    private Survey survey(RowFile rows, ImportFile file) throws ConnectorException {
        long[] count = {0, 0};
        List<String> problems = new ArrayList<>();
        rows.read(RowFile.Position.START, (row, after) -> {
            count[0]++;
            String problem = row.problem() != null ? row.problem() : mapper.map(row.values()).problem();
            if (problem != null) {
                count[1]++;
                if (problems.size() < PROBLEMS_SHOWN) {
                    problems.add("row " + row.number() + " " + problem);
                }
            }
            return true;
        });
        return new Survey(count[0], count[1], problems);
    }

    private RowFile rows(ImportFile file, String contentType) throws SourceConfigException {
        ImportConfig.Format f = config.format() != ImportConfig.Format.AUTO ? config.format() : format(file.name());
        if (f == null && contentType != null) {
            f = formatOfType(contentType);
        }
        if (f == null) {
            throw new SourceConfigException("the format of " + file.name() + " cannot be told from its name or type; "
                    + "choose CSV, JSON_LINES or XLSX in the source's format");
        }
        return switch (f) {
            case CSV -> new CsvFile(file, file.name().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : delimiter(),
                    mapping.columns());
            case JSON_LINES -> new JsonLinesFile(file, mapping.columns());
            case XLSX -> new XlsxFile(file, mapping.columns());
            case AUTO -> throw new IllegalStateException("AUTO is resolved above");
        };
    }

    static ImportConfig.Format format(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv") || n.endsWith(".tsv")) {
            return ImportConfig.Format.CSV;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return ImportConfig.Format.JSON_LINES;
        }
        if (n.endsWith(".xlsx")) {
            return ImportConfig.Format.XLSX;
        }
        return null;
    }

    private static ImportConfig.Format formatOfType(String contentType) {
        String t = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "text/csv", "text/tab-separated-values" -> ImportConfig.Format.CSV;
            case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines" ->
                    ImportConfig.Format.JSON_LINES;
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> ImportConfig.Format.XLSX;
            default -> null;
        };
    }

    char delimiter() {
        String d = config.csvDelimiter() == null ? "," : config.csvDelimiter();
        return d.equalsIgnoreCase("tab") || d.equals("\\t") || d.equals("\t") ? '\t' : d.isEmpty() ? ',' : d.charAt(0);
    }

    private Path localPath() throws SourceConfigException {
        try {
            Path p = Path.of(config.location());
            if (p.isAbsolute()) {
                context.checkServerPath(p);
                return p.normalize();
            }
        } catch (InvalidPathException e) {
            // reported below
        }
        throw new SourceConfigException("the location \"" + config.location() + "\" is neither an http(s) URL nor "
                + "an absolute path on the server");
    }

    private static ImportFile onDisk(Path p) throws SourceConfigException {
        try {
            return ImportFile.onDisk(p, p.getFileName().toString());
        } catch (IOException e) {
            throw new SourceConfigException("the file " + p + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Cursor at(Cursor c, RowFile.Position p) {
        return c.with("row", Long.toString(p.row())).with("offset", Long.toString(p.offset()));
    }

    /** Where the cursor stopped in its file; the start when it does not say (both parts are written together). */
    private static RowFile.Position position(Cursor c) throws SourceConfigException {
        Long row = c.longPart("row");
        Long offset = c.longPart("offset");
        return row == null || offset == null ? RowFile.Position.START : new RowFile.Position(row, offset);
    }

    private static String millis(Instant i) {
        return i == null ? null : Long.toString(i.toEpochMilli());
    }
}
