package vn.langnghe.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.langnghe.analysis.text.NearDuplicateSignature;
import vn.langnghe.index.SignatureBands;

/**
 * The newest posts' signatures and groups, held in this node's memory so that a post finds the post
 * it copies without asking Solr. Posts sit in generations of equal size, oldest first; when the
 * memory is full the oldest generation is dropped whole. Each generation indexes its posts under the
 * 15 {@link SignatureBands} keys in a hash table without stored keys: a bucket may hold posts of other
 * keys, which the exact distance check then rejects, so the table costs about two ints per key
 * (chained while the generation fills, laid out bucket by bucket once it is full).
 * Besides the keys, the newest {@link #SCANNED} posts are compared one by one, which also finds the
 * 5- and 6-bit copies whose changes touch five or six blocks (the keys guarantee 4 bits).
 *
 * <p>About 220 bytes per post with its id: a million posts take ~220 MB of heap. Not thread-safe;
 * {@link DuplicateGroups} guards it.
 */
final class SignatureMemory {
    /** Newest posts compared one by one (a popcount each), as the 5,000-post ring before it did. */
    static final int SCANNED = 5_000;
    private static final int KEYS = 15;

    /**
     * A post already grouped: remembered here, or (in {@link DuplicateGroups}) one of Solr's candidates
     * or of the batch being grouped.
     */
    record Entry(String id, long signature, String group) {
        /** The group a close post joins through this one. */
        String joined() {
            return group != null ? group : id;
        }

        boolean closeTo(long otherSignature, String otherId) {
            return Long.bitCount(signature ^ otherSignature) <= NearDuplicateSignature.NEAR_DUPLICATE_BITS
                    && !id.equals(otherId);
        }
    }

    private final int generationSize;
    private final int maxGenerations;
    private final ArrayDeque<Generation> generations = new ArrayDeque<>();

    /** Room for at least {@code capacity} posts (rounded up to whole generations). */
    SignatureMemory(int capacity) {
        int perGeneration = Math.max(1_024, Integer.highestOneBit(Math.max(1, capacity / 16 - 1)) << 1);
        this.generationSize = Math.min(perGeneration, 1 << 22);
        this.maxGenerations = Math.max(1, (capacity + generationSize - 1) / generationSize);
    }

    int capacity() {
        return generationSize * maxGenerations;
    }

    int size() {
        int n = 0;
        for (Generation g : generations) {
            n += g.size;
        }
        return n;
    }

    /** Remembers a post as the newest; the oldest generation goes when the memory is full. */
    void add(String id, long signature, String group) {
        Generation newest = generations.peekLast();
        if (newest == null || newest.size == generationSize || newest.sealed()) {
            if (newest != null) {
                newest.seal();
            }
            if (generations.size() == maxGenerations) {
                generations.removeFirst();
            }
            newest = new Generation(generationSize);
            generations.addLast(newest);
        }
        newest.add(id, signature, group);
    }

    /**
     * Posts older than everything remembered (read back from Solr, oldest first), placed before the
     * oldest generation; as many as fit beside what is already remembered, the newest of them kept.
     */
    void addOlder(List<Entry> oldestFirst) {
        int room = capacity() - size();
        List<Entry> kept = oldestFirst.subList(Math.max(0, oldestFirst.size() - Math.max(0, room)), oldestFirst.size());
        // whole generations only: the loaded posts fill their own, placed before the current ones
        List<Generation> older = new ArrayList<>();
        Generation g = null;
        for (Entry e : kept) {
            if (g == null || g.size == generationSize) {
                g = new Generation(generationSize);
                older.add(g);
            }
            g.add(e.id(), e.signature(), e.group());
        }
        while (!older.isEmpty() && generations.size() + older.size() > maxGenerations) {
            older.remove(0);
        }
        older.forEach(Generation::seal);
        for (int i = older.size() - 1; i >= 0; i--) {
            generations.addFirst(older.get(i));
        }
    }

    /** The oldest remembered post within the near-duplicate distance of this signature, other than {@code id}; or null. */
    Entry oldestClose(long signature, String id) {
        long[] keys = SignatureBands.keys(signature);
        // posts newer than the generation in hand: the newest SCANNED of all are also compared one by one
        int newer = size();
        for (Generation gen : generations) {
            newer -= gen.size;
            int scanFrom = newer >= SCANNED ? Integer.MAX_VALUE : Math.max(0, gen.size - (SCANNED - newer));
            int slot = gen.oldestClose(signature, id, keys, scanFrom);
            if (slot >= 0) {
                return new Entry(gen.ids[slot], gen.signatures[slot], gen.groups[slot]);
            }
        }
        return null;
    }

    /**
     * Posts in arrival order, indexed by key bucket: while it fills, a chained table (each entry links to
     * the bucket's previous one); once full ("sealed"), the same entries laid out bucket by bucket in slot
     * order (compressed rows), so that a lookup reads each bucket's posts as one run instead of following
     * a link per entry to a random place — the links cost a cache miss each, and the keys that posts on
     * one subject share make long chains.
     */
    private static final class Generation {
        final long[] signatures;
        final String[] ids;
        final String[] groups;
        /** Per bucket, the newest entry (slot * 15 + key number), or -1. */
        int[] heads;
        /** Per entry, the next older entry of its bucket, or -1. */
        int[] next;
        final int shift;
        int size;
        /** Once sealed: bucket b's posts are {@code entries[start[b]] .. entries[start[b + 1] - 1]}, oldest first. */
        int[] start;
        int[] entries;

        Generation(int capacity) {
            signatures = new long[capacity];
            ids = new String[capacity];
            groups = new String[capacity];
            int bits = 64 - Long.numberOfLeadingZeros((long) capacity * KEYS - 1);
            heads = new int[1 << bits];
            Arrays.fill(heads, -1);
            next = new int[capacity * KEYS];
            shift = 64 - bits;
        }

        boolean sealed() {
            return start != null;
        }

        /** Lays the entries out bucket by bucket (see the class comment); no post is added after. */
        void seal() {
            if (sealed()) {
                return;
            }
            int[] begin = new int[heads.length + 1];
            for (int slot = 0; slot < size; slot++) {
                for (long key : SignatureBands.keys(signatures[slot])) {
                    begin[(int) (key >>> shift) + 1]++;
                }
            }
            for (int b = 0; b < heads.length; b++) {
                begin[b + 1] += begin[b];
            }
            int[] fill = Arrays.copyOf(begin, heads.length);
            int[] laid = new int[size * KEYS];
            for (int slot = 0; slot < size; slot++) {
                for (long key : SignatureBands.keys(signatures[slot])) {
                    laid[fill[(int) (key >>> shift)]++] = slot;
                }
            }
            start = begin;
            entries = laid;
            heads = null;
            next = null;
        }

        void add(String id, long signature, String group) {
            int slot = size++;
            signatures[slot] = signature;
            ids[slot] = id;
            groups[slot] = group;
            long[] keys = SignatureBands.keys(signature);
            for (int k = 0; k < KEYS; k++) {
                int bucket = (int) (keys[k] >>> shift);
                int entry = slot * KEYS + k;
                next[entry] = heads[bucket];
                heads[bucket] = entry;
            }
        }

        /** The smallest slot close to the signature (not {@code id}), through the keys and by scanning slots from {@code scanFrom}; or -1. */
        int oldestClose(long signature, String id, long[] keys, int scanFrom) {
            int best = Integer.MAX_VALUE;
            if (sealed()) {
                for (int k = 0; k < KEYS; k++) {
                    int b = (int) (keys[k] >>> shift);
                    for (int i = start[b], end = start[b + 1]; i < end; i++) {
                        int slot = entries[i];
                        if (slot >= best) {
                            break; // oldest first: nothing older follows in this bucket
                        }
                        if (Long.bitCount(signatures[slot] ^ signature) <= NearDuplicateSignature.NEAR_DUPLICATE_BITS
                                && !ids[slot].equals(id)) {
                            best = slot;
                            break;
                        }
                    }
                }
                return scan(signature, id, scanFrom, best);
            }
            for (int k = 0; k < KEYS; k++) {
                // entries run newest first: every one is looked at, the oldest close one kept
                for (int e = heads[(int) (keys[k] >>> shift)]; e >= 0; e = next[e]) {
                    int slot = e / KEYS;
                    if (slot < best && Long.bitCount(signatures[slot] ^ signature) <= NearDuplicateSignature.NEAR_DUPLICATE_BITS
                            && !ids[slot].equals(id)) {
                        best = slot;
                    }
                }
            }
            return scan(signature, id, scanFrom, best);
        }

        /** {@code best}, or an older slot from {@code scanFrom} on that is close; -1 for none. */
        private int scan(long signature, String id, int scanFrom, int best) {
            int end = Math.min(size, best);
            for (int slot = scanFrom; slot < end; slot++) {
                if (Long.bitCount(signatures[slot] ^ signature) <= NearDuplicateSignature.NEAR_DUPLICATE_BITS
                        && !ids[slot].equals(id)) {
                    return slot;
                }
            }
            return best == Integer.MAX_VALUE ? -1 : best;
        }
    }
}
