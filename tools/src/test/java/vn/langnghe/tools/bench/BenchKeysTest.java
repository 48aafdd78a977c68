package vn.langnghe.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.index.SignatureBands;

class BenchKeysTest {
    @Test
    void todaysLayoutSharesAKeyExactlyWhenSignatureBandsDo() {
        Random r = new Random(5);
        int shared = 0;
        for (int n = 0; n < 20_000; n++) {
            long a = r.nextLong();
            long b = a;
            for (int flips = r.nextInt(9); flips > 0; flips--) {
                b ^= 1L << r.nextInt(64);
            }
            boolean bench = BenchKeys.share(BenchKeys.keys(a, BenchKeys.TODAY), BenchKeys.keys(b, BenchKeys.TODAY));
            Set<Long> ka = java.util.Arrays.stream(SignatureBands.keys(a)).boxed().collect(Collectors.toSet());
            boolean real = java.util.Arrays.stream(SignatureBands.keys(b)).anyMatch(ka::contains);
            assertEquals(real, bench, Long.toHexString(a) + " vs " + Long.toHexString(b));
            shared += real ? 1 : 0;
        }
        // both outcomes occur: up to 8 flipped bits, some pairs share a key and some do not
        assertTrue(shared > 1_000 && shared < 19_000, "pairs sharing a key: " + shared);
    }

    @Test
    void everyLayoutMakesOneKeyPerCombination() {
        assertEquals(15, BenchKeys.keys(42L, BenchKeys.TODAY).length);
        assertEquals(56, BenchKeys.keys(42L, new BenchKeys.Layout("8 blocks, triples", new int[] {8, 8, 8, 8, 8, 8, 8, 8}, 3)).length);
    }
}
