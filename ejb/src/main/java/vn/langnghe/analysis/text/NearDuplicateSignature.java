package vn.langnghe.analysis.text;

import java.util.List;

/**
 * 64-bit SimHash (Charikar) over folded word features, as 16 hex digits. Reposts that differ by
 * diacritics, case, emoji, URLs, "Xem thêm" or teencode have the same signature (they normalise to
 * the same folded tokens); a small wording change flips a few bits; unrelated texts differ in about
 * half of the 64 bits. Group posts whose {@link #distance} is ≤ {@link #NEAR_DUPLICATE_BITS}.
 *
 * <p>Features: folded word 1-shingles (every folded token, weight 1 per occurrence); hashtags and
 * mentions count as tokens. 2-shingles were measured and rejected: a one-word edit changes one
 * 1-shingle but two 2-shingles, which doubles the bits it flips (numbers in docs/analysis-text.md).
 * Why not Solr's SignatureUpdateProcessor: see docs/analysis-text.md.
 */
public final class NearDuplicateSignature {
    /**
     * Suggested threshold for "same story, small edit": a one-word change in a 50-word post flips
     * about 3 bits on average (up to 6); unrelated posts differ in about 32.
     */
    public static final int NEAR_DUPLICATE_BITS = 6;

    private NearDuplicateSignature() {}

    public static String of(NormalizedText t) {
        return toHex(simHash(t.foldedTokens()));
    }

    public static long simHash(List<String> foldedTokens) {
        return simHash(foldedTokens, 1, 0);
    }

    /** Variant used to compare shingle sizes: weights of 1-shingles and 2-shingles. */
    static long simHash(List<String> foldedTokens, int unigramWeight, int bigramWeight) {
        int[] v = new int[64];
        int n = foldedTokens.size();
        long prev = 0;
        for (int i = 0; i < n; i++) {
            long h = hash(foldedTokens.get(i));
            if (unigramWeight > 0) add(v, mix(h), unigramWeight);
            if (i > 0 && bigramWeight > 0) add(v, mix(prev * 0x9E3779B97F4A7C15L + h), bigramWeight);
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

    private static void add(int[] v, long h, int w) {
        for (int b = 0; b < 64; b++) v[b] += ((h >>> b) & 1) != 0 ? w : -w;
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
