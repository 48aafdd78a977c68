package vn.langnghe.analysis;

import java.util.List;
import java.util.Locale;
import vn.langnghe.analysis.aspect.TopicSentiments;
import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.lang.LanguageDetector;
import vn.langnghe.analysis.lang.LanguageResult;
import vn.langnghe.analysis.region.RegionMatch;
import vn.langnghe.analysis.region.RegionMatcher;
import vn.langnghe.analysis.sentiment.Sentiment;
import vn.langnghe.analysis.sentiment.SentimentClassifier;
import vn.langnghe.analysis.text.CleanedText;
import vn.langnghe.analysis.text.Keywords;
import vn.langnghe.analysis.text.KeywordExtractor;
import vn.langnghe.analysis.text.NearDuplicateSignature;
import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.TextCleaner;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.topic.TopicClassifier;

/**
 * The analysis pipeline: clean, detect the language, normalise, then find sentiment, topics, regions,
 * keywords, hashtags and the near-duplicate signature. One instance is immutable after construction
 * and safe to share between threads; build it once (loading the resources and models takes a moment).
 */
public final class Analyzer {
    private static volatile Analyzer shared;

    private final TextCleaner cleaner = new TextCleaner();
    private final LanguageDetector languages = new LanguageDetector();
    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final RegionMatcher regions = RegionMatcher.load();
    private final SentimentClassifier sentiments = new SentimentClassifier(normalizer);
    private final TopicClassifier topics = new TopicClassifier(normalizer);
    private final TopicSentiments topicSentiments = new TopicSentiments(normalizer, topics, sentiments);

    /**
     * The process's one analyzer, built on first use: the indexing pipeline and the API's {@code /analyze}
     * share it, so the models and the gazetteer are in memory once.
     */
    public static Analyzer shared() {
        Analyzer a = shared;
        if (a == null) {
            synchronized (Analyzer.class) {
                a = shared;
                if (a == null) {
                    a = new Analyzer();
                    shared = a;
                }
            }
        }
        return a;
    }

    public Analysis analyze(String raw) {
        if (raw == null || raw.isBlank()) {
            return Analysis.EMPTY;
        }
        return analyze(cleaner.clean(raw));
    }

    /**
     * Cleans a raw post or page once, for callers that keep the clean text (the indexing path).
     *
     * @param html whether the source gave HTML (else plain text, taken as it is)
     */
    public CleanedText clean(String raw, boolean html) {
        return cleaner.clean(raw, html);
    }

    /**
     * A post or ticket with an optional title: title and text are cleaned once (HTML to text when
     * {@code html}), and analysed together ("title.\n text"), because a title often names the place or
     * the topic the text takes for granted.
     */
    public AnalysedItem analyzeItem(String rawTitle, String rawText, boolean html) {
        CleanedText body = clean(rawText == null ? "" : rawText, html);
        String title = rawTitle == null ? null : clean(rawTitle, html).text();
        boolean untitled = title == null || title.isBlank();
        String both = untitled ? body.text() : body.text().isBlank() ? title : title + ".\n" + body.text();
        // without a title the body is already clean: no second pass; with one, both are plain text now
        return new AnalysedItem(title, body.text(), analyze(untitled ? body : clean(both, false)));
    }

    /** Analyses text that {@link #clean} has already cleaned. */
    public Analysis analyze(CleanedText clean) {
        if (clean.analysisText().isBlank()) {
            return Analysis.EMPTY;
        }
        LanguageResult lang = languages.detect(clean.analysisText());
        NormalizedText text = normalizer.normalize(clean.analysisText());
        // places are read from the cleaned text as written: the matcher folds it itself, and offsets
        // then point into what the analyst sees
        List<RegionMatch> places = regions.find(clean.text());
        Keywords words = keywords.extract(text);
        Sentiment sentiment = sentiments.classify(text, lang.language());
        // topics are trained on Vietnamese and English; other languages get none rather than a guess
        List<String> topicCodes = lang.language() == Language.OTHER ? List.of() : topics.classify(text);
        List<String> pairs = topicSentiments.of(clean.analysisText(), lang.language(), topicCodes, sentiment.label());
        return new Analysis(lang.language().code(), sentiment.label().name().toLowerCase(Locale.ROOT),
                sentiment.score(), sentiment.evidence(), topicCodes, places, words.keywords(), words.hashtags(),
                NearDuplicateSignature.of(text), pairs, sentiment.confidence());
    }

}
