package vn.langnghe.tools.bench;

import vn.langnghe.analysis.lang.LanguageDetector;
import vn.langnghe.analysis.lang.LanguageResult;
import vn.langnghe.analysis.text.CleanedText;
import vn.langnghe.analysis.text.KeywordExtractor;
import vn.langnghe.analysis.text.Keywords;
import vn.langnghe.analysis.text.NearDuplicateSignature;
import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.TextCleaner;
import vn.langnghe.analysis.text.VietnameseNormalizer;

/**
 * {@code bin/langnghe bench stages}: microseconds per post of the text stages (clean, language,
 * normalise, keywords, signature) on four sample posts, one thread, fastest of three rounds after a
 * warm-up; the figures of docs/analysis-text.md. (It ran as a unit test before, where it only timed.)
 */
public final class BenchStages {
    static final String VI_POST = "Mưa lớn từ chiều nay khiến đường Nguyễn Hữu Cảnh ngập sâu hơn nửa mét, nhiều xe máy chết máy phải dắt bộ 😡😡. "
            + "Mn ơi tránh đường này nha, kẹt xe wá trời luôn :(( Người dân mong thành phố sớm có giải pháp chống ngập "
            + "vì năm nào cũng vậy. #ngậpnước #SàiGòn";
    static final String VI_PLAIN = "mua lon tu chieu nay khien duong Nguyen Huu Canh ngap sau hon nua met, nhieu xe may chet may phai dat bo. "
            + "mn oi tranh duong nay nha, ket xe qua troi luon. nguoi dan mong thanh pho som co giai phap chong ngap vi nam "
            + "nao cung vay, cu mua la ket xe ca tieng dong ho #ngapnuoc";
    static final String EN_POST = "Heavy rain this afternoon flooded Nguyen Huu Canh street, the water was half a metre deep and many "
            + "motorbikes stalled. Please avoid this road, the traffic jam is terrible. People hope the city finds a "
            + "real solution because it happens every single year. #flood #Saigon";

    static final String FR_POST = "De fortes pluies cet après-midi ont inondé la rue Nguyen Huu Canh, l'eau atteignait un demi-mètre "
            + "et beaucoup de motos sont tombées en panne. Évitez cette route, les embouteillages sont terribles.";

    public static void main(String[] args) {
        TextCleaner cleaner = new TextCleaner();
        LanguageDetector lang = new LanguageDetector();
        VietnameseNormalizer norm = new VietnameseNormalizer();
        KeywordExtractor kw = new KeywordExtractor();
        System.out.printf("post lengths: vi %d, vi-unaccented %d, en %d chars%n", VI_POST.length(), VI_PLAIN.length(), EN_POST.length());
        // warm the JIT on all kinds of posts first, so the first row is not measured half-interpreted
        String[] all = {VI_POST, VI_PLAIN, EN_POST, FR_POST};
        for (int i = 0; i < 16_000; i++) {
            NormalizedText nt = norm.normalize(cleaner.clean(all[i & 3]).analysisText());
            if (kw.extract(nt).keywords().size() + NearDuplicateSignature.of(nt).length() + lang.detect(all[i & 3]).language().ordinal() < 0) {
                throw new IllegalStateException();
            }
        }
        for (String[] p : new String[][]{{"vi", VI_POST}, {"vi-unaccented", VI_PLAIN}, {"en", EN_POST}, {"fr (model)", FR_POST}}) {
            String post = p[1];
            // three rounds, the fastest one is reported: the machine is shared and other builds run
            int runs = 5_000;
            long sink = 0;
            long[] ns = null;
            long bestTotal = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                int count = runs;
                long[] cur = new long[5];
                for (int i = 0; i < count; i++) {
                    long t0 = System.nanoTime();
                    CleanedText c = cleaner.clean(post);
                    long t1 = System.nanoTime();
                    LanguageResult l = lang.detect(c.analysisText());
                    long t2 = System.nanoTime();
                    NormalizedText nt = norm.normalize(c.analysisText());
                    long t3 = System.nanoTime();
                    Keywords k = kw.extract(nt);
                    long t4 = System.nanoTime();
                    String sig = NearDuplicateSignature.of(nt);
                    long t5 = System.nanoTime();
                    cur[0] += t1 - t0; cur[1] += t2 - t1; cur[2] += t3 - t2; cur[3] += t4 - t3; cur[4] += t5 - t4;
                    sink += sig.length() + k.keywords().size() + l.language().ordinal();
                }
                long t = 0;
                for (long x : cur) t += x;
                if (t < bestTotal) { bestTotal = t; ns = cur; }
            }
            long total = bestTotal;
            System.out.printf("timing %-14s µs/post: clean %.1f, language %.1f (model used: %s), normalize %.1f, keywords %.1f, signature %.1f; total %.1f → %.0f posts/s on one core%n",
                    p[0], ns[0] / 1e3 / runs, ns[1] / 1e3 / runs, lang.detect(post).usedModel(), ns[2] / 1e3 / runs,
                    ns[3] / 1e3 / runs, ns[4] / 1e3 / runs, total / 1e3 / runs, runs / (total / 1e9));
            if (sink == 0) {
                throw new IllegalStateException("nothing was computed");
            }
        }
        // an HTML post (jsoup inside the cleaner), for comparison
        String html = "<html><body><p>" + VI_POST + "</p><script>x()</script></body></html>";
        for (int i = 0; i < 300; i++) cleaner.clean(html);
        int runs = 1_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) cleaner.clean(html);
        System.out.printf("timing html post: %.1f µs/page%n", (System.nanoTime() - t0) / 1e3 / runs);
    }

    private BenchStages() {
    }
}
