package vn.langnghe.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the key that encrypts source credentials. {@code langnghe.secret.key} (Base64 of 32 bytes)
 * wins; without it a key is generated once into {@code <data dir>/secret.key}, readable by the
 * platform's user only. Every node of a cluster must share the same key (set the property).
 */
@ApplicationScoped
public class CredentialsVault {
    private static final Logger LOG = Logger.getLogger(CredentialsVault.class.getName());

    @Inject
    @ConfigProperty(name = "langnghe.secret.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "langnghe.data.dir")
    String dataDir;

    private volatile SecretBox box;

    public String seal(Map<String, String> secrets) {
        return box().seal(secrets);
    }

    public Map<String, String> open(String stored) {
        return box().open(stored);
    }

    private SecretBox box() {
        SecretBox b = box;
        if (b == null) {
            synchronized (this) {
                if (box == null) {
                    box = new SecretBox(loadKey());
                }
                b = box;
            }
        }
        return b;
    }

    private byte[] loadKey() {
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            return Base64.getDecoder().decode(configuredKey.get().trim());
        }
        Path file = Path.of(dataDir, "secret.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = SecretBox.newKey();
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(key));
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        LOG.warning("cannot restrict the permissions of " + file + " on this file system");
                    }
                    LOG.info(() -> "Generated the credentials key in " + file);
                    return key;
                } catch (FileAlreadyExistsException e) {
                    // another node or thread wrote it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the credentials key " + file, e);
        }
    }
}
