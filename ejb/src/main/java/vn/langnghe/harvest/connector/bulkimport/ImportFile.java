package vn.langnghe.harvest.connector.bulkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one file to import, a downloaded body or a server file, opened at any byte offset. A
 * resumed download holds only the file's first bytes (its CSV header) and the rest from the offset
 * where the import goes on; the bytes between were not downloaded, and reading them is an error.
 *
 * @param identity  changes when the content does: a digest of a body, the size and time of a file
 * @param head      of a resumed download, the file's first bytes; else empty
 * @param body      a downloaded body from {@code bodyStart} to the end, or null for a server file
 * @param bodyStart where {@code body} starts in the file: 0 but for a resumed download
 */
record ImportFile(String name, String identity, byte[] head, byte[] body, long bodyStart, Path path, long size) {

    static ImportFile downloaded(String name, byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return new ImportFile(name, "sha-" + HexFormat.of().formatHex(d, 0, 12), new byte[0], body, 0, null, body.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A download resumed at {@code restStart}, of a file whose identity was taken when it was read whole. */
    static ImportFile resumed(String name, String identity, byte[] head, byte[] rest, long restStart, long size) {
        return new ImportFile(name, identity, head, rest, restStart, null, size);
    }

    static ImportFile onDisk(Path path, String name) throws IOException {
        long size = Files.size(path);
        long modified = Files.getLastModifiedTime(path).toMillis();
        return new ImportFile(name, size + "-" + modified, new byte[0], null, 0, path, size);
    }

    InputStream open(long offset) throws IOException {
        if (body == null) {
            return openOnDisk(offset);
        }
        if (offset >= bodyStart) {
            int from = (int) Math.min(offset - bodyStart, body.length);
            return new ByteArrayInputStream(body, from, body.length - from);
        }
        if (offset < head.length) {
            return new SequenceInputStream(new ByteArrayInputStream(head, (int) offset, head.length - (int) offset),
                    notDownloaded());
        }
        throw notDownloaded(offset);
    }

    private InputStream notDownloaded() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw notDownloaded(head.length);
            }
        };
    }

    private IOException notDownloaded(long offset) {
        return new IOException("byte " + offset + " of " + name + " was not downloaded (only bytes before "
                + head.length + " and from " + bodyStart + ")");
    }

    private InputStream openOnDisk(long offset) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ);
        try {
            channel.position(offset);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return Channels.newInputStream(channel);
    }
}
