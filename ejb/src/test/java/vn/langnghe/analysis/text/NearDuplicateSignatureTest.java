package vn.langnghe.analysis.text;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class NearDuplicateSignatureTest {
    private final VietnameseNormalizer n = new VietnameseNormalizer();

    private String sig(String s) {
        return NearDuplicateSignature.of(n.normalize(new TextCleaner().clean(s).analysisText()));
    }

    static final String POST = "Mưa lớn từ chiều nay khiến đường Nguyễn Hữu Cảnh ngập sâu hơn nửa mét, nhiều xe máy chết máy "
            + "phải dắt bộ. Người dân mong thành phố sớm có giải pháp chống ngập cho tuyến đường này vì năm nào "
            + "cũng vậy, cứ mưa là kẹt xe cả tiếng đồng hồ. #ngậpnước #SàiGòn";

    @Test
    void identicalTextSameSignature() {
        String a = sig(POST);
        assertEquals(16, a.length());
        assertEquals(a, sig(POST));
        assertEquals(0, NearDuplicateSignature.distance(a, sig(POST)));
    }

    @Test
    void repostWithCosmeticChangesIsIdentical() {
        String folded = Folding.fold(POST);
        String repost = "  " + folded.replace("chiều nay", "chieu nay") + " 😡😡 https://fb.com/share/123 ... Xem thêm";
        assertEquals(0, NearDuplicateSignature.distance(sig(POST), sig(repost)));
    }

    @Test
    void typoAndPunctuationEditsAreWithinThreeBits() {
        String a = sig(POST);
        assertTrue(NearDuplicateSignature.distance(a, sig(POST.replace("nhiều xe máy", "nhiu xe máy"))) <= 3); // teencode
        assertTrue(NearDuplicateSignature.distance(a, sig(POST.replace(", nhiều", "; nhiều").replace("!", "."))) <= 3);
        assertTrue(NearDuplicateSignature.distance(a, sig(POST.replace("năm nào", "nămmm nàooo"))) <= 3); // squashed
        assertTrue(NearDuplicateSignature.distance(a, sig(POST.replace("Người dân", "Người dân quận Bình Thạnh"))) <= 10);
    }

    @Test
    void smallEditIsClose() {
        String edited = POST.replace("hơn nửa mét", "gần nửa mét");
        int d = NearDuplicateSignature.distance(sig(POST), sig(edited));
        String appended = POST + " Chia sẻ cho mọi người";
        int d2 = NearDuplicateSignature.distance(sig(POST), sig(appended));
        System.out.println("simhash distance: one word changed " + d + ", appended four words " + d2);
        // one word in 54 flips ~3 bits on average (see oneWordSubstitutionsFlipFewBits); this edit flips 4
        assertTrue(d <= NearDuplicateSignature.NEAR_DUPLICATE_BITS, "distance " + d);
        // an appended sentence is a bigger edit (5 new tokens of 59): still far below unrelated texts (~32)
        assertTrue(d2 <= 10, "distance " + d2);
    }

    /** Every single-word substitution in POST, for 1-shingles (the default) and 2-shingles. */
    @Test
    void oneWordSubstitutionsFlipFewBits() {
        java.util.List<String> base = n.normalize(POST).foldedTokens();
        for (int[] cfg : new int[][]{{1, 0}, {1, 1}}) {
            long s0 = NearDuplicateSignature.simHash(base, cfg[0], cfg[1]);
            int sum = 0, max = 0, le3 = 0;
            for (int i = 0; i < base.size(); i++) {
                java.util.List<String> t = new java.util.ArrayList<>(base);
                t.set(i, "thaythe" + i);
                int d = Long.bitCount(s0 ^ NearDuplicateSignature.simHash(t, cfg[0], cfg[1]));
                sum += d; max = Math.max(max, d); if (d <= 3) le3++;
            }
            double mean = (double) sum / base.size();
            System.out.printf("simhash one-word substitutions (%s): %d tokens, mean %.2f bits, max %d, <=3 in %d/%d%n",
                    cfg[1] == 0 ? "1-shingles" : "1+2-shingles", base.size(), mean, max, le3, base.size());
            if (cfg[1] == 0) {
                assertTrue(mean <= 3.5, "mean " + mean);
                assertTrue(max <= NearDuplicateSignature.NEAR_DUPLICATE_BITS + 2, "max " + max);
            }
        }
    }

    @Test
    void unrelatedTextsAreFar() {
        String other = "Cảm ơn các chiến sĩ cảnh sát giao thông quận 3 đã hỗ trợ một cụ bà qua đường an toàn sáng nay, "
                + "hình ảnh rất đẹp, mong có thêm nhiều câu chuyện tử tế như vậy. #tửtế";
        int d = NearDuplicateSignature.distance(sig(POST), sig(other));
        String english = "Power outage across District 7 since this morning, no update from the utility company yet.";
        int d2 = NearDuplicateSignature.distance(sig(POST), sig(english));
        System.out.println("simhash distance: unrelated vi " + d + ", unrelated en " + d2);
        assertTrue(d >= 15, "distance " + d);
        assertTrue(d2 >= 15, "distance " + d2);
    }

    @Test
    void distanceIsHamming() {
        assertEquals(0, NearDuplicateSignature.distance("0000000000000000", "0000000000000000"));
        assertEquals(64, NearDuplicateSignature.distance("ffffffffffffffff", "0000000000000000"));
        assertEquals(3, NearDuplicateSignature.distance("0000000000000007", "0000000000000000"));
    }
}
