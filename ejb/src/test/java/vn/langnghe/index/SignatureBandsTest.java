package vn.langnghe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignatureBandsTest {
    @Test
    void numericKeysAreTheIndexedTerms() {
        long sig = 0x8a94a60095824a0dL;
        List<String> terms = SignatureBands.of(Long.toHexString(sig));
        assertEquals(15, terms.size());
        assertEquals(terms, Arrays.stream(SignatureBands.keys(sig)).mapToObj(SignatureBands::text).toList());
        // block 0 is the lowest 11 bits (0x20d), block 1 the next 11 (0x049)
        assertEquals("0.1:20d.49", terms.get(0));
        assertEquals(List.of(), SignatureBands.of("not hex"));
    }

    @Test
    void collapseKeysSeparateNearDuplicatesAndRarelyCollide() {
        assertEquals(null, SignatureBands.collapseKey("not hex"));
        assertEquals(SignatureBands.collapseKey("8a94a60095824a0d"), SignatureBands.collapseKey("8A94A60095824A0D"));
        Random r = new Random(7);
        Set<Integer> keys = new HashSet<>();
        Set<Long> signatures = new HashSet<>();
        for (int n = 0; n < 20_000; n++) {
            long a = r.nextLong();
            // two bits apart, the same bit in both halves (a plain XOR fold would cancel them): different keys
            long b = a ^ (1L << 3) ^ (1L << 35);
            assertTrue(SignatureBands.collapseKey(Long.toHexString(a)).intValue()
                    != SignatureBands.collapseKey(Long.toHexString(b)).intValue(), Long.toHexString(a));
            if (signatures.add(a)) {
                keys.add(SignatureBands.collapseKey(Long.toHexString(a)));
            }
        }
        // 20,000 signatures in 2^32 keys: a collision is possible (~5 %), more than two is a broken fold
        assertTrue(signatures.size() - keys.size() <= 2, "collisions: " + (signatures.size() - keys.size()));
    }

    @Test
    void signaturesWithinFourBitsAlwaysShareAKeyAndRandomOnesRarelyDo() {
        Random r = new Random(42);
        int sharedByStrangers = 0;
        for (int n = 0; n < 20_000; n++) {
            long a = r.nextLong();
            long b = a;
            for (int flips = 0; flips < 4; flips++) {
                b ^= 1L << r.nextInt(64);
            }
            assertTrue(shared(a, b), Long.toHexString(a) + " vs " + Long.toHexString(b));
            if (shared(a, r.nextLong())) {
                sharedByStrangers++;
            }
        }
        assertTrue(sharedByStrangers < 20, "unrelated signatures sharing a key: " + sharedByStrangers);
    }

    private static boolean shared(long a, long b) {
        Set<Long> ka = new HashSet<>();
        for (long k : SignatureBands.keys(a)) {
            ka.add(k);
        }
        for (long k : SignatureBands.keys(b)) {
            if (ka.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
