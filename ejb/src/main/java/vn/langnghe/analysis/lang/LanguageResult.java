package vn.langnghe.analysis.lang;

/**
 * @param language   vi / en / other
 * @param iso6393    ISO 639-3 code of the best guess ("vie", "eng", "fra", "und" when nothing to judge)
 * @param confidence 0..1: share of cue words when decided by cues, the model's probability otherwise
 * @param usedModel  whether the OpenNLP model ran (false when cues or the script were decisive)
 */
public record LanguageResult(Language language, String iso6393, double confidence, boolean usedModel) {
}
