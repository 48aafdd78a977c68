package vn.langnghe.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's key for authors' pseudonyms ({@link PersonalDataMask}). {@code langnghe.search.pseudonym-key}
 * (Base64, at least 16 bytes) wins; without it one is generated once into
 * {@code <data dir>/pseudonym.key}. A key of its own, not the credentials key: replacing one must not
 * touch the other. Changing it gives every author a new pseudonym; every node must use the same key.
 */
@ApplicationScoped
public class PseudonymKey {
    private static final Logger LOG = Logger.getLogger(PseudonymKey.class.getName());

    @Inject
    @ConfigProperty(name = "langnghe.search.pseudonym-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "langnghe.data.dir")
    String dataDir;

    private volatile PersonalDataMask mask;

    public PersonalDataMask mask() {
        PersonalDataMask m = mask;
        if (m == null) {
            synchronized (this) {
                if (mask == null) {
                    mask = new PersonalDataMask(load());
                }
                m = mask;
            }
        }
        return m;
    }

    private byte[] load() {
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            return Base64.getDecoder().decode(configuredKey.get().trim());
        }
        Path file = Path.of(dataDir, "pseudonym.key");
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
                    LOG.info(() -> "Generated the pseudonym key in " + file);
                    return key;
                } catch (FileAlreadyExistsException e) {
                    // another node or thread wrote it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key " + file, e);
        }
    }
}
