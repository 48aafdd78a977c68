package vn.langnghe.analysis.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import vn.langnghe.analysis.text.Folding;
import vn.langnghe.analysis.text.WordLists;

/**
 * Step 2 of the analysis: language (vi / en / other). Thread-safe.
 *
 * <p>Cheap cues first, the OpenNLP model only when they are not decisive:
 * <ol>
 *   <li>script: mostly non-Latin letters (Chinese, Thai, Cyrillic, ...) → other;</li>
 *   <li>per word: Vietnamese-only letters (ă đ ơ ư and the Latin Extended Additional block: ạ ả ấ ầ ẩ ẫ ậ ... ỹ)
 *       → Vietnamese; a folded word in {@code analysis/vi-cues.txt} ("ket", "xe", "qua", "troi", "khong", "ko", "dc")
 *       → Vietnamese; a word in {@code analysis/en-cues.txt} → English;</li>
 *   <li>a side with at least half of the words and more than the other side wins (mixed texts: majority);</li>
 *   <li>otherwise the OpenNLP language detector with {@code langdetect-183.bin} from the Maven artifact
 *       {@code org.apache.opennlp:opennlp-models-langdetect} (103 languages), read from the classpath.</li>
 * </ol>
 */
public final class LanguageDetector {
    /** File name of the model inside opennlp-models-langdetect-1.3.0.jar (at the root). */
    public static final String MODEL_RESOURCE = "langdetect-183.bin";

    /** At most this many chars go to the OpenNLP model. */
    static final int MODEL_CHARS = 200;

    private final Set<String> viCues = WordLists.words("vi-cues.txt");
    private final Set<String> enCues = WordLists.words("en-cues.txt");

    /** Cue counts for one text (package-visible for tests). */
    record Cues(int latinLetters, int otherLetters, int words, int viStrong, int vi, int en) {}

    public LanguageResult detect(String text) {
        if (text == null || text.isBlank()) return new LanguageResult(Language.OTHER, "und", 0, false);
        String s = Folding.nfc(text);
        Cues c = cues(s);
        int letters = c.latinLetters + c.otherLetters;
        if (letters == 0) return new LanguageResult(Language.OTHER, "und", 0, false);
        if (c.otherLetters > c.latinLetters) return new LanguageResult(Language.OTHER, "und", (double) c.otherLetters / letters, false);
        if (c.words > 0) {
            double vi = (double) c.vi / c.words, en = (double) c.en / c.words;
            if (c.vi > c.en && (vi >= 0.5 || c.viStrong >= 2 && vi >= 0.3)) return new LanguageResult(Language.VI, "vie", vi, false);
            if (c.en > c.vi && en >= 0.5 && c.viStrong * 2 < c.en) return new LanguageResult(Language.EN, "eng", en, false);
        }
        // the model's cost grows with the text (char n-grams): 200 chars are plenty to tell languages apart
        CharSequence sample = s.length() > MODEL_CHARS ? s.subSequence(0, MODEL_CHARS) : s;
        opennlp.tools.langdetect.Language best = Model.detector().predictLanguage(sample);
        String code = best.getLang();
        if ("vie".equals(code)) return new LanguageResult(Language.VI, code, best.getConfidence(), true);
        if ("eng".equals(code)) return new LanguageResult(Language.EN, code, best.getConfidence(), true);
        // the model is weak on a handful of words: a clear cue majority still wins
        if (c.vi >= 2 && c.vi > c.en && c.viStrong >= 1) return new LanguageResult(Language.VI, "vie", best.getConfidence(), true);
        if (c.en >= 2 && c.en > c.vi * 2 && (double) c.en / c.words >= 0.4) return new LanguageResult(Language.EN, "eng", best.getConfidence(), true);
        // English around unaccented Vietnamese place names ("traffic jam near Ben Thanh market"): the
        // model hesitates, the cues still lean one way
        if (c.en >= 3 && c.en > c.vi && c.viStrong == 0) return new LanguageResult(Language.EN, "eng", best.getConfidence(), true);
        return new LanguageResult(Language.OTHER, code, best.getConfidence(), true);
    }

    /** Loads the OpenNLP model now (about a second) instead of on the first ambiguous text. */
    public static void preload() {
        Model.detector();
    }

    Cues cues(String s) {
        int latin = 0, other = 0, words = 0, viStrong = 0, vi = 0, en = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            // mentions, hashtags and URLs say nothing about the language of the text
            if ((ch == '@' || ch == '#') && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
                i++;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
                continue;
            }
            if ((ch == 'h' && s.startsWith("http", i) && s.indexOf("://", i) > 0 && s.indexOf("://", i) <= i + 5)
                    || (ch == 'w' && s.startsWith("www.", i))
                    || (ch == 'U' && s.startsWith(vn.langnghe.analysis.text.TextCleaner.URL_PLACEHOLDER, i)
                        && (i + 3 == n || !Character.isLetter(s.charAt(i + 3))))) {
                while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
                continue;
            }
            if (!Character.isLetter(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLetter(s.codePointAt(i))) other++;
                i += Character.isHighSurrogate(ch) ? 2 : 1;
                continue;
            }
            int start = i;
            boolean strong = false, nonLatin = false;
            while (i < n && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'' && i + 1 < n && Character.isLetter(s.charAt(i + 1)))) {
                char c = s.charAt(i);
                if (c == '\'') { i++; continue; }
                if (isLatin(c)) latin++; else { other++; nonLatin = true; }
                if (isVietnameseOnly(c)) strong = true;
                i++;
            }
            if (nonLatin) continue;
            words++;
            String w = s.substring(start, i).toLowerCase(Locale.ROOT);
            if (strong) {
                viStrong++;
                vi++;
                continue;
            }
            boolean v = viCues.contains(Folding.fold(w));
            boolean e = enCues.contains(w);
            if (v && !e) vi++;
            else if (e && !v) en++;
        }
        return new Cues(latin, other, words, viStrong, vi, en);
    }

    private static boolean isLatin(char c) {
        return c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF);
    }

    /** Letters that (among the languages we meet) only Vietnamese uses. */
    static boolean isVietnameseOnly(char c) {
        return (c >= 0x1EA0 && c <= 0x1EF9) || c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ'
                || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ';
    }

    /** Lazily loaded model (~10 MB, about a second); one detector per thread over the shared model. */
    private static final class Model {
        private static final LanguageDetectorModel MODEL = load();
        private static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));

        static LanguageDetectorME detector() { return DETECTOR.get(); }

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) throw new IllegalStateException(MODEL_RESOURCE + " not on the classpath: add org.apache.opennlp:opennlp-models-langdetect");
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
