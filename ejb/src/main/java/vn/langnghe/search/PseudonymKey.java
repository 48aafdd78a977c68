package vn.langnghe.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.keys.KeyFile;

/**
 * The server's key for authors' pseudonyms ({@link PersonalDataMask}). {@code langnghe.search.pseudonym-key}
 * (Base64, at least 16 bytes) wins; without it one is generated once into
 * {@code <data dir>/pseudonym.key}. A key of its own, not the credentials key: replacing one must not
 * touch the other. Changing it gives every author a new pseudonym; every node must use the same key.
 */
@ApplicationScoped
public class PseudonymKey {

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
        return KeyFile.configuredOrGenerated(configuredKey, Path.of(dataDir, "pseudonym.key"), "pseudonym key");
    }
}
