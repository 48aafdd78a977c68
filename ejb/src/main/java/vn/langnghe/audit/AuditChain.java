package vn.langnghe.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain: {@code hash(n) = SHA-256(hash(n-1) || canonical(n))}, hex, starting from
 * {@link #GENESIS}. The canonical form of a row is its seq and every stored field, each written as
 * {@code <UTF-8 byte length>:<value>} ({@code -} for NULL), so no two different rows serialise alike
 * and a changed position (seq) changes the hash as much as changed content.
 */
public final class AuditChain {
    /** The "previous hash" of the first row in the chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, long seq, AuditRecord r) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha256.digest(canonical(seq, r)));
    }

    static byte[] canonical(long seq, AuditRecord r) {
        StringBuilder b = new StringBuilder(256);
        for (String field : new String[] {Long.toString(seq), DateTimeFormatter.ISO_INSTANT.format(r.occurredAt()),
                r.actor(), r.unit(), r.action(), r.target(), r.clientAddress(), r.outcome().code(), r.detail()}) {
            if (field == null) {
                b.append('-');
            } else {
                b.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
