package vn.langnghe.analysis.text;

import java.util.List;

/**
 * 64-bit SimHash (Charikar) over folded word features, as 16 hex digits. Reposts that differ by
 * diacritics, case, emoji, URLs, "Xem thêm" or teencode have the same signature (they normalise to
 * the same folded tokens); a small wording change flips a few bits; unrelated texts differ in about
 * half of the 64 bits. Group posts whose {@link #distance} is ≤ {@link #NEAR_DUPLICATE_BITS}.
 *
 * <p>Features: every folded token (weight 1) and every 2-token shingle (weight 1); hashtags and
 * mentions count as tokens. Why not Solr's SignatureUpdateProcessor: see docs/analysis-text.md.
 */
public final class NearDuplicateSignature {
    /** Suggested threshold for "same story, small edit". */
    public static final int NEAR_DUPLICATE_BITS = 3;

    private NearDuplicateSignature() {}

    public static String of(NormalizedText t) {
        return toHex(simHash(t.foldedTokens()));
    }

    public static long simHash(List<String> foldedTokens) {
        int[] v = new int[64];
        int n = foldedTokens.size();
        long prev = 0;
        for (int i = 0; i < n; i++) {
            long h = hash(foldedTokens.get(i));
            add(v, mix(h));
            if (i > 0) add(v, mix(prev * 0x9E3779B97F4A7C15L + h));
            prev = h;
        }
        long sig = 0;
        for (int b = 0; b < 64; b++) if (v[b] > 0) sig |= 1L << b;
        return sig;
    }

    /** Hamming distance between two hex signatures (0..64). */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    public static String toHex(long sig) {
        String h = Long.toHexString(sig);
        return "0".repeat(16 - h.length()) + h;
    }

    private static void add(int[] v, long h) {
        for (int b = 0; b < 64; b++) v[b] += ((h >>> b) & 1) != 0 ? 1 : -1;
    }

    /** 64-bit FNV-1a over the chars. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** MurmurHash3 fmix64: spreads FNV's weak low bits over all 64. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93e1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
