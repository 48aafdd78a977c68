package vn.langnghe.tools.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.langnghe.analysis.text.NearDuplicateSignature;
import vn.langnghe.analysis.text.TextCleaner;
import vn.langnghe.analysis.text.VietnameseNormalizer;

/**
 * {@code bin/langnghe bench keys [statuses]}: how other layouts of near-duplicate lookup keys would
 * trade recall for cost, measured on the benchmark's mixed timeline ({@link SyntheticTimeline.Texts#MIXED}).
 * A layout cuts the 64-bit signature into blocks and makes one key of every combination of some of them
 * (today's {@code SignatureBands}: 6 blocks, pairs, 15 keys). For each layout it prints the keys per post
 * (what a candidate query seeks, per segment), the recall on the timeline's near-duplicate pairs
 * (statuses within {@link NearDuplicateSignature#NEAR_DUPLICATE_BITS} bits of one of the 300 before them,
 * by distance), and how many unrelated statuses among the 20,000 before each one share a key with it
 * (what the query matches for nothing). Offline: no Solr, no platform.
 */
public final class BenchKeys {
    private static final int NEAR_WINDOW = 300;
    private static final int FALSE_WINDOW = 20_000;

    record Layout(String name, int[] widths, int per) {
    }

    /** Today's layout, {@code SignatureBands}'s: 6 blocks, every pair. */
    static final Layout TODAY = new Layout("6 blocks, pairs (today)", new int[] {11, 11, 11, 11, 10, 10}, 2);

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        TextCleaner cleaner = new TextCleaner();
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        SyntheticTimeline timeline = new SyntheticTimeline("keys", 1, 0, SyntheticTimeline.Texts.MIXED);
        // status i is newer than i + 1, as on the timeline; "before" means a larger index
        long[] sig = new long[n + NEAR_WINDOW];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = Long.parseUnsignedLong(NearDuplicateSignature.of(normalizer.normalize(
                    cleaner.clean(timeline.text(i)).analysisText())), 16);
        }
        // the near-duplicate pairs, by distance
        List<int[]> pairs = new ArrayList<>();
        int[] byDistance = new int[NearDuplicateSignature.NEAR_DUPLICATE_BITS + 1];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= i + NEAR_WINDOW; j++) {
                int d = Long.bitCount(sig[i] ^ sig[j]);
                if (d <= NearDuplicateSignature.NEAR_DUPLICATE_BITS) {
                    pairs.add(new int[] {i, j, d});
                    byDistance[d]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%,d statuses; near-duplicate pairs by distance 0..%d: %s%n", n,
                NearDuplicateSignature.NEAR_DUPLICATE_BITS, Arrays.toString(byDistance));
        List<Layout> layouts = List.of(
                TODAY,
                new Layout("5 blocks, pairs", new int[] {13, 13, 13, 13, 12}, 2),
                new Layout("4 blocks, pairs", new int[] {16, 16, 16, 16}, 2),
                new Layout("7 blocks, pairs", new int[] {10, 9, 9, 9, 9, 9, 9}, 2),
                new Layout("6 blocks, triples", new int[] {11, 11, 11, 11, 10, 10}, 3),
                new Layout("8 blocks, triples", new int[] {8, 8, 8, 8, 8, 8, 8, 8}, 3));
        for (Layout layout : layouts) {
            long[][] keys = new long[sig.length][];
            for (int i = 0; i < sig.length; i++) {
                keys[i] = keys(sig[i], layout);
            }
            int[] found = new int[byDistance.length];
            for (int[] p : pairs) {
                if (share(keys[p[0]], keys[p[1]])) {
                    found[p[2]]++;
                }
            }
            // unrelated statuses sharing a key: an index of the keys, walked once per status
            Map<Long, List<Integer>> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                for (long k : keys[i]) {
                    index.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
            long falseMatches = 0;
            int[] seen = new int[n];
            Arrays.fill(seen, -1);
            for (int i = 0; i < n; i++) {
                for (long k : keys[i]) {
                    for (int j : index.get(k)) {
                        if (j > i && j <= i + FALSE_WINDOW && seen[j] != i) {
                            seen[j] = i;
                            if (Long.bitCount(sig[i] ^ sig[j]) > NearDuplicateSignature.NEAR_DUPLICATE_BITS) {
                                falseMatches++;
                            }
                        }
                    }
                }
            }
            StringBuilder recall = new StringBuilder();
            for (int d = 0; d < found.length; d++) {
                recall.append(d == 0 ? "" : " ").append(byDistance[d] == 0 ? "-"
                        : String.format(Locale.ROOT, "%.0f%%", 100.0 * found[d] / byDistance[d]));
            }
            System.out.printf(Locale.ROOT, "%-26s %3d keys/post; recall by distance 0..%d: %s; unrelated sharing a key, "
                            + "per status per %,d before it: %.2f%n", layout.name(), keys[0].length,
                    NearDuplicateSignature.NEAR_DUPLICATE_BITS, recall, FALSE_WINDOW, (double) falseMatches / n);
        }
    }

    /** One key per combination of {@code per} blocks: the combination's number above the blocks' bits. */
    static long[] keys(long sig, Layout layout) {
        int b = layout.widths().length;
        long[] blocks = new long[b];
        int start = 0;
        for (int i = 0; i < b; i++) {
            blocks[i] = (sig >>> start) & ((1L << layout.widths()[i]) - 1);
            start += layout.widths()[i];
        }
        List<Long> out = new ArrayList<>();
        int combos = 1 << b;
        int number = 0;
        for (int mask = 0; mask < combos; mask++) {
            if (Integer.bitCount(mask) != layout.per()) {
                continue;
            }
            long key = number++;
            for (int i = 0; i < b; i++) {
                if ((mask & (1 << i)) != 0) {
                    key = (key << layout.widths()[i]) | blocks[i];
                }
            }
            out.add(key);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    static boolean share(long[] a, long[] b) {
        // keys are made in the same order, combination by combination: compare position by position
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                return true;
            }
        }
        return false;
    }

    private BenchKeys() {
    }
}
