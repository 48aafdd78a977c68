package vn.langnghe.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.keys.KeyFile;

/**
 * Holds the key that encrypts source credentials. {@code langnghe.secret.key} (Base64 of 32 bytes)
 * wins; without it a key is generated once into {@code <data dir>/secret.key}, readable by the
 * platform's user only. Every node of a cluster must share the same key (set the property).
 */
@ApplicationScoped
public class CredentialsVault {

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
        return KeyFile.configuredOrGenerated(configuredKey, Path.of(dataDir, "secret.key"), "credentials key");
    }
}
