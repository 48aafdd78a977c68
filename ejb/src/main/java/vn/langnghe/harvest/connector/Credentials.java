package vn.langnghe.harvest.connector;

import java.util.Map;
import java.util.TreeMap;

/**
 * A source's secrets (API keys, tokens), decrypted only for the connector that uses them.
 * {@link #toString()} never shows a value, so credentials cannot leak through logs.
 */
public final class Credentials {
    public static final Credentials NONE = new Credentials(Map.of());

    private final Map<String, String> values;

    public Credentials(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Credentials of(String name, String value) {
        return new Credentials(Map.of(name, value));
    }

    /** The value, or a {@link CredentialsRejectedException} naming what is missing. */
    public String require(String name) throws CredentialsRejectedException {
        if (!has(name)) {
            throw new CredentialsRejectedException("the source has no " + name + " set");
        }
        return values.get(name);
    }

    public String get(String name) {
        return values.get(name);
    }

    /** Whether the value is set (not blank). */
    public boolean has(String name) {
        String v = values.get(name);
        return v != null && !v.isBlank();
    }

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "Credentials" + new TreeMap<>(values).keySet() + " (values hidden)";
    }
}
