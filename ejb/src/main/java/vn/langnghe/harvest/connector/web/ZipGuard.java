package vn.langnghe.harvest.connector.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import vn.langnghe.harvest.connector.BadReplyException;

/**
 * Inflates every part of a DOCX or XLSX once, counting and keeping nothing, before any parser sees it.
 * POI has its own inflate-ratio check, but it is a process-wide setting that Tika relaxes, and Tika's
 * output check fires only after the expanded text is already in memory (measured: a 64 KB DOCX became
 * 64 million characters first). Counting here costs one pass of inflation and no memory.
 */
final class ZipGuard {
    /** Expanded to compressed size: real office parts stay far below it, bombs reach a thousand. */
    static final int MAX_RATIO = 100;
    /** Below this, a part may compress as well as it likes (a repetitive styles.xml). */
    static final long GRACE_BYTES = 1024 * 1024;
    static final long MAX_EXPANDED_BYTES = 256L * 1024 * 1024;
    static final int MAX_PARTS = 10_000;

    private ZipGuard() {
    }

    static void check(byte[] zip, String name) throws BadReplyException {
        try (ZipFile z = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int parts = 0;
            for (Enumeration<ZipArchiveEntry> entries = z.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry e = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw bomb(name, "it holds more than " + MAX_PARTS + " parts");
                }
                long compressed = Math.max(1, e.getCompressedSize());
                long expanded = 0;
                try (InputStream in = z.getInputStream(e)) {
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        expanded += n;
                        total += n;
                        if (expanded > GRACE_BYTES && expanded / compressed > MAX_RATIO) {
                            throw bomb(name, "its part " + e.getName() + " expands more than " + MAX_RATIO + " times");
                        }
                        if (total > MAX_EXPANDED_BYTES) {
                            throw bomb(name, "it expands to more than " + MAX_EXPANDED_BYTES / (1024 * 1024) + " MB");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new BadReplyException(name + " is not a readable DOCX or XLSX file (a damaged zip: "
                    + e.getMessage() + ")", e);
        }
    }

    private static BadReplyException bomb(String name, String why) {
        return new BadReplyException(name + " looks like a zip bomb (" + why + "); it was refused and nothing was kept");
    }
}
