/**
 * Language detection (Vietnamese, English, other): cheap cues first, the OpenNLP language model only
 * when they do not decide. Uses only {@code analysis.text}.
 */
package vn.langnghe.analysis.lang;
