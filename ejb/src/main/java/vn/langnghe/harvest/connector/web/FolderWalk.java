package vn.langnghe.harvest.connector.web;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files of a folder tree in one stable order (names sorted, depth first), from just after a
 * remembered file, without listing the whole tree: only the directories on the way are read. Hidden
 * files, office lock files, symbolic links (which could lead outside the folder) and types that are
 * not read are passed over.
 */
final class FolderWalk {
    static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml", "pdf", "docx", "xlsx", "txt");
    /** A directory with more entries than this is refused rather than listed into memory. */
    static final int MAX_DIRECTORY_ENTRIES = 100_000;

    /** A file to read, its path relative to the folder ('/' separated) and its attributes. */
    record Found(Path path, String relative, BasicFileAttributes attributes) {
    }

    /** Which of the files looked at are wanted (for example: modified since the last walk). */
    interface Filter {
        boolean take(Found f);
    }

    /**
     * @param lastExamined the last file looked at, to resume after; null when the tree was walked to its end.
     *                     A walk stops once it has {@code want} files or has looked at {@code maxExamined}.
     */
    record Result(List<Found> files, String lastExamined) {
    }

    private final Path root;
    private final int want;
    private final int maxExamined;
    private final Filter filter;
    private final List<Found> found = new ArrayList<>();
    private String last;
    private int examined;

    private FolderWalk(Path root, int want, int maxExamined, Filter filter) {
        this.root = root;
        this.want = want;
        this.maxExamined = maxExamined;
        this.filter = filter;
    }

    static Result after(Path root, String after, int want, int maxExamined, Filter filter) throws IOException {
        FolderWalk w = new FolderWalk(root, want, maxExamined, filter);
        List<String> from = after == null || after.isEmpty() ? List.of() : List.of(after.split("/"));
        boolean complete = w.walk(root, "", from, 0);
        return new Result(w.found, complete ? null : w.last);
    }

    /** @return true when this directory was walked to its end */
    private boolean walk(Path dir, String prefix, List<String> from, int depth) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (names.size() == MAX_DIRECTORY_ENTRIES) {
                    throw new IOException("the folder " + (prefix.isEmpty() ? "" : prefix + " ") + "holds more than "
                            + MAX_DIRECTORY_ENTRIES + " entries; split it into sub-folders");
                }
                names.add(p.getFileName().toString());
            }
        }
        names.sort(null);
        boolean bounded = depth < from.size();
        for (String name : names) {
            if (bounded && name.compareTo(from.get(depth)) < 0) {
                continue;
            }
            boolean onPath = bounded && name.equals(from.get(depth));
            if (name.startsWith(".") || name.startsWith("~$")) {
                continue;
            }
            Path p = dir.resolve(name);
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String relative = prefix.isEmpty() ? name : prefix + "/" + name;
            if (a.isDirectory()) {
                if (!walk(p, relative, onPath ? from : List.of(), depth + 1)) {
                    return false;
                }
            } else if (a.isRegularFile() && !onPath && readable(name)) {
                if (found.size() == want || examined == maxExamined) {
                    return false;
                }
                examined++;
                last = relative;
                Found f = new Found(p, relative, a);
                if (filter.take(f)) {
                    found.add(f);
                }
            }
        }
        return true;
    }

    private static boolean readable(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
