package vn.langnghe.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A key that configuration may give (Base64) and that is otherwise generated once (32 random bytes) into
 * a file of the data directory, readable by the platform's user only. Every node of a cluster must
 * share the key, so a cluster sets it in configuration.
 */
public final class KeyFile {
    private static final Logger LOG = Logger.getLogger(KeyFile.class.getName());

    private KeyFile() {
    }

    /** {@code what} names the key in the log and in errors ("credentials key", "pseudonym key"). */
    public static byte[] configuredOrGenerated(Optional<String> configured, Path file, String what) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Base64.getDecoder().decode(configured.get().trim());
        }
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(key));
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        LOG.warning("cannot restrict the permissions of " + file + " on this file system");
                    }
                    LOG.info(() -> "Generated the " + what + " in " + file);
                    return key;
                } catch (FileAlreadyExistsException e) {
                    // another node or thread wrote it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the " + what + " " + file, e);
        }
    }
}
