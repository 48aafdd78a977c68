package vn.langnghe.apiclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a client token: {@code ln_<prefix>_<secret>}, a public prefix of 12 characters that finds
 * the client's row and a secret of 256 random bits (base64url). Only the SHA-256 of the whole token is
 * stored: the secret has all the entropy a slow password hash would add, and a fast hash keeps every API
 * call cheap. Comparison is in constant time.
 */
public final class ApiTokens {
    /** What every client token begins with (a JWT never does): how the API tells the two apart. */
    public static final String START = "ln_";
    private static final Pattern FORM = Pattern.compile("ln_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final char[] PREFIX_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    /** A new token; its prefix is {@link #prefix}. */
    static String generate() {
        StringBuilder prefix = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            prefix.append(PREFIX_CHARS[RANDOM.nextInt(PREFIX_CHARS.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return START + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The public part of a well-formed token; empty for anything else. */
    public static Optional<String> prefix(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(token);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    static boolean matches(String token, String storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
