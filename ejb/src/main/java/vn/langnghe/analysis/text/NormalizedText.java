package vn.langnghe.analysis.text;

import java.util.List;

/**
 * Result of {@link VietnameseNormalizer}.
 *
 * @param original     input as given (display this)
 * @param normalized   NFC, one tone placement, teencode expanded, letter runs squashed, emoji/emoticons and URLs removed; case kept
 * @param folded       {@code normalized} without diacritics (đ → d)
 * @param tokens       lower-cased syllables of {@code normalized}; {@code #tag} and {@code @name} kept whole; URLs dropped
 * @param foldedTokens {@code tokens} folded, same length and order
 * @param emojiTokens  EMO_POS / EMO_NEG / EMO_NEU, one per emoji or emoticon, in text order
 */
public record NormalizedText(String original, String normalized, String folded, List<String> tokens,
                             List<String> foldedTokens, List<String> emojiTokens) {
}
