package vn.langnghe.analysis.text;

import java.util.List;

/**
 * @param hashtags lower-case, without '#', in order of appearance, distinct
 * @param keywords a few salient unigrams/bigrams (accented form as written most often), best first
 */
public record Keywords(List<String> hashtags, List<String> keywords) {
}
