package vn.langnghe.analysis.text;

import java.util.List;

/**
 * Result of {@link TextCleaner}.
 *
 * @param original     the input exactly as received (kept for display)
 * @param text         cleaned text: HTML stripped, boilerplate and zero-width chars removed, whitespace collapsed, NFC
 * @param analysisText {@code text} with every URL replaced by {@link TextCleaner#URL_PLACEHOLDER}
 * @param entities     URLs, mentions and hashtags with offsets into {@code text}, in order
 * @param html         whether the input was read as HTML
 */
public record CleanedText(String original, String text, String analysisText, List<TextEntity> entities, boolean html) {
    public List<String> hashtags() {
        return entities.stream().filter(e -> e.type() == TextEntity.Type.HASHTAG).map(TextEntity::value).distinct().toList();
    }

    public List<String> mentions() {
        return entities.stream().filter(e -> e.type() == TextEntity.Type.MENTION).map(TextEntity::value).distinct().toList();
    }

    public List<String> urls() {
        return entities.stream().filter(e -> e.type() == TextEntity.Type.URL).map(TextEntity::text).toList();
    }
}
