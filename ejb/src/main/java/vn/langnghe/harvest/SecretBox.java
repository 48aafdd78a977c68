package vn.langnghe.harvest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts source credentials at rest with AES-256-GCM. The stored form is {@code v1:} and the
 * Base64 of a fresh 12-byte IV followed by the ciphertext and tag, so a tampered or foreign value
 * fails to open instead of yielding garbage.
 */
public final class SecretBox {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the credentials key must be 32 bytes (256 bits), got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public static byte[] newKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    /** Encrypts the secrets; an empty map gives null (nothing stored). */
    public String seal(Map<String, String> secrets) {
        if (secrets.isEmpty()) {
            return null;
        }
        JsonObjectBuilder b = JSON.createObjectBuilder();
        secrets.forEach(b::add);
        byte[] plain = b.build().toString().getBytes(StandardCharsets.UTF_8);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = c.doFinal(plain);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Decrypts what {@link #seal} wrote; throws when the value was altered or sealed with another key. */
    public Map<String, String> open(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("the stored credentials are not in a known format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            byte[] plain = c.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            Map<String, String> out = new LinkedHashMap<>();
            try (JsonReader r = JSON.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))) {
                JsonObject o = r.readObject();
                for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                    if (e.getValue() instanceof JsonString s) {
                        out.put(e.getKey(), s.getString());
                    }
                }
            }
            return out;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the stored credentials cannot be decrypted with this key "
                    + "(was langnghe.secret.key changed?)", e);
        }
    }
}
