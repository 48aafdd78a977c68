package vn.langnghe.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Index keys that find near-duplicate candidates with one exact terms query. The 64-bit signature is
 * cut into 6 blocks (11, 11, 11, 11, 10, 10 bits) and every pair of blocks is one key, 15 keys per
 * post. Two signatures within 4 bits differ in at most 4 blocks, so at least 2 blocks, one key, are
 * untouched (the pigeonhole behind Manku et al.'s SimHash tables): every such pair is found. Pairs 5
 * or 6 bits apart, which the analysis also counts as near-duplicates, are found when their changes
 * fall in at most 4 blocks, which is usual. A key is about 21 bits, so an unrelated post shares one
 * with roughly 1 document in 140,000; single 9-bit blocks (enough to guarantee 6 bits) would make
 * over 1% of the index a candidate.
 */
public final class SignatureBands {
    private static final int[] WIDTHS = {11, 11, 11, 11, 10, 10};
    /**
     * Numeric keys are multiplied by this odd constant (a bijection on 64 bits) and by its inverse to
     * read them back: the plain pair-and-blocks layout, like SimHash signatures themselves, folds badly
     * through {@code Long.hashCode}, and hash maps keyed by them fell into long collision chains.
     */
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long UNMIX = 0xF1DE83E19937733DL;

    private SignatureBands() {
    }

    /**
     * The signature folded to 32 bits, for Solr to collapse candidates on (it collapses int fields
     * without building a map of all values at each new searcher, as string fields need). Mixed first,
     * so that near-duplicates, which differ in a few bits, get unrelated keys; two different signatures
     * share one about once in four billion pairs, and the candidate query then returns the older only.
     * Null for an unreadable signature.
     */
    public static Integer collapseKey(String hexSignature) {
        try {
            return (int) ((Long.parseUnsignedLong(hexSignature, 16) * MIX) >>> 32);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Keys {@code i.j:blockI.blockJ} in hex, e.g. {@code 0.3:1f2.7a}; empty for an unreadable signature. */
    public static List<String> of(String hexSignature) {
        long sig;
        try {
            sig = Long.parseUnsignedLong(hexSignature, 16);
        } catch (NumberFormatException e) {
            return List.of();
        }
        long[] keys = keys(sig);
        List<String> out = new ArrayList<>(keys.length);
        for (long k : keys) {
            out.add(text(k));
        }
        return out;
    }

    /**
     * The same keys as numbers, for grouping in memory without building strings: the pair's index
     * (0–14) above the two blocks of 11 bits each, mixed (see {@link #MIX}) so that they hash well.
     */
    public static long[] keys(long sig) {
        long[] blocks = new long[WIDTHS.length];
        int start = 0;
        for (int b = 0; b < WIDTHS.length; b++) {
            blocks[b] = (sig >>> start) & ((1L << WIDTHS[b]) - 1);
            start += WIDTHS[b];
        }
        long[] out = new long[WIDTHS.length * (WIDTHS.length - 1) / 2];
        int n = 0;
        for (int i = 0; i < blocks.length; i++) {
            for (int j = i + 1; j < blocks.length; j++) {
                out[n] = (((long) i << 28) | ((long) j << 24) | (blocks[i] << 12) | blocks[j]) * MIX;
                n++;
            }
        }
        return out;
    }

    /** A numeric key as the indexed term. */
    public static String text(long mixedKey) {
        long key = mixedKey * UNMIX;
        return ((key >>> 28) & 0xF) + "." + ((key >>> 24) & 0xF) + ":" + Long.toHexString((key >>> 12) & 0xFFF) + "."
                + Long.toHexString(key & 0xFFF);
    }

    /** A signature as a hash map key that spreads well (SimHash signatures fold badly through {@code Long.hashCode}). */
    public static long spread(long signature) {
        return signature * MIX;
    }
}
