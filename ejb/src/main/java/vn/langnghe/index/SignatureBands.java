package vn.langnghe.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a 64-bit near-duplicate signature into 4 bands of 16 bits. Two signatures within 3 bits of
 * each other leave at least one band untouched (pigeonhole), so every such pair shares a band token
 * and is found with one exact terms query; pairs 4 to 6 bits apart, which the analysis also counts as
 * near-duplicates, usually share one too. Narrower bands would guarantee all 6 bits but a random post
 * would then share a 9-bit band with over 1% of the index: 16-bit bands keep chance candidates near 1
 * in 16,000.
 */
public final class SignatureBands {
    static final int BANDS = 4;

    private SignatureBands() {
    }

    /** Tokens {@code band:value}, e.g. {@code 3:1f2}; empty for an unreadable signature. */
    public static List<String> of(String hexSignature) {
        long sig;
        try {
            sig = Long.parseUnsignedLong(hexSignature, 16);
        } catch (NumberFormatException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            out.add(b + ":" + Long.toHexString((sig >>> (16 * b)) & 0xFFFF));
        }
        return out;
    }
}
