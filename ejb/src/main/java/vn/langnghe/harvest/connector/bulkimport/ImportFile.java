package vn.langnghe.harvest.connector.bulkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one file to import, a downloaded body or a server file, opened at any byte offset.
 *
 * @param identity changes when the content does: a digest of a body, the size and time of a file
 */
record ImportFile(String name, String identity, byte[] body, Path path, long size) {

    static ImportFile downloaded(String name, byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return new ImportFile(name, "sha-" + HexFormat.of().formatHex(d, 0, 12), body, null, body.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportFile onDisk(Path path, String name) throws IOException {
        long size = Files.size(path);
        long modified = Files.getLastModifiedTime(path).toMillis();
        return new ImportFile(name, size + "-" + modified, null, path, size);
    }

    InputStream open(long offset) throws IOException {
        if (body != null) {
            int from = (int) Math.min(offset, body.length);
            return new ByteArrayInputStream(body, from, body.length - from);
        }
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
