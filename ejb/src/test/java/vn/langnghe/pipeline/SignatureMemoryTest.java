package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.langnghe.index.SignatureBands;

class SignatureMemoryTest {
    /** A signature {@code bits} bits from {@code sig}, the flipped bits chosen at random. */
    private static long flip(long sig, int bits, Random random) {
        long out = sig;
        while (Long.bitCount(out ^ sig) < bits) {
            out ^= 1L << random.nextInt(64);
        }
        return out;
    }

    /** A signature at least 20 bits from every one given. */
    private static long far(Random random, long... from) {
        while (true) {
            long s = random.nextLong();
            boolean ok = true;
            for (long f : from) {
                ok &= Long.bitCount(s ^ f) >= 20;
            }
            if (ok) {
                return s;
            }
        }
    }

    @Test
    void findsTheOldestCloseSignatureAmongManyNotItselfAndNothingFarther() {
        Random random = new Random(3);
        SignatureMemory memory = new SignatureMemory(200_000);
        long story = random.nextLong();
        memory.add("noise-first", far(random, story), null);
        memory.add("rss:1", story, null);
        for (int i = 0; i < 100_000; i++) {
            memory.add("x:" + i, far(random, story), null);
        }
        memory.add("rss:2", flip(story, 3, random), "rss:1");
        // every distance up to 4 bits shares a key: found far behind the last 5,000 posts
        for (int bits = 0; bits <= 4; bits++) {
            SignatureMemory.Entry e = memory.oldestClose(flip(story, bits, random), "x:new");
            assertEquals("rss:1", e.id(), bits + " bits");
        }
        assertEquals("rss:2", memory.oldestClose(story, "rss:1").id(), "a post is never its own near-duplicate");
        assertEquals("rss:1", memory.oldestClose(story, "rss:1").group());
        assertNull(memory.oldestClose(flip(story, 7, random), "x:new"), "7 bits is another post");
    }

    @Test
    void theNewestPostsAreComparedOneByOneSoSixBitCopiesInAnyBlocksAreFound() {
        Random random = new Random(5);
        SignatureMemory memory = new SignatureMemory(50_000);
        long story = random.nextLong();
        // six flipped bits, one in each of the six blocks: no key in common
        long copy = story;
        int[] starts = {0, 11, 22, 33, 44, 54};
        for (int s : starts) {
            copy ^= 1L << (s + 1);
        }
        assertTrue(java.util.Collections.disjoint(SignatureBands.of(String.format("%016x", story)),
                SignatureBands.of(String.format("%016x", copy))));
        memory.add("rss:1", story, null);
        for (int i = 0; i < SignatureMemory.SCANNED - 1; i++) {
            memory.add("x:" + i, far(random, story, copy), null);
        }
        assertEquals("rss:1", memory.oldestClose(copy, "x:new").id(), "within the newest 5,000");
        memory.add("x:pushed", far(random, story, copy), null);
        assertNull(memory.oldestClose(copy, "x:new"), "older, and found by no key");
        assertEquals("rss:1", memory.oldestClose(flip(story, 2, random), "x:new").id());
    }

    @Test
    void whenFullTheOldestGenerationGoesAndOlderPostsLoadedLaterSitBeforeTheRest() {
        Random random = new Random(9);
        SignatureMemory memory = new SignatureMemory(20_000);
        int capacity = memory.capacity();
        assertTrue(capacity >= 20_000 && capacity < 40_000, "capacity " + capacity);
        long story = random.nextLong();
        memory.add("rss:1", story, null);
        for (int i = 0; i < capacity - 1; i++) {
            memory.add("x:" + i, far(random, story), null);
        }
        assertEquals(capacity, memory.size());
        assertEquals("rss:1", memory.oldestClose(flip(story, 1, random), "x:new").id());
        memory.add("x:more", far(random, story), null);
        assertTrue(memory.size() < capacity, "a whole generation dropped");
        assertNull(memory.oldestClose(flip(story, 1, random), "x:new"));

        // a fresh node: the posts of this run, then the index's older posts read back from Solr
        SignatureMemory fresh = new SignatureMemory(20_000);
        fresh.add("x:copy-today", flip(story, 2, random), "x:copy-today");
        List<SignatureMemory.Entry> older = new ArrayList<>();
        older.add(new SignatureMemory.Entry("rss:1", story, "rss:1"));
        for (int i = 0; i < 5_000; i++) {
            older.add(new SignatureMemory.Entry("old:" + i, far(random, story), null));
        }
        fresh.addOlder(older);
        assertEquals(5_002, fresh.size());
        assertEquals("rss:1", fresh.oldestClose(flip(story, 1, random), "x:new").id(), "the oldest wins");

        // read back more than there is room for: the newest of them are kept
        SignatureMemory small = new SignatureMemory(5_000);
        List<SignatureMemory.Entry> many = new ArrayList<>();
        many.add(new SignatureMemory.Entry("rss:1", story, null));
        for (int i = 0; i < 2 * small.capacity(); i++) {
            many.add(new SignatureMemory.Entry("old:" + i, far(random, story), null));
        }
        small.addOlder(many);
        assertTrue(small.size() <= small.capacity());
        assertNull(small.oldestClose(story, "x:new"));
    }
}
