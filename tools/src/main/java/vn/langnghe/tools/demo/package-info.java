/**
 * The demo dataset's generator: realistic posts and comments about city issues in Ho Chi Minh City,
 * made deterministically from a seed with the labels the analysis should find. {@link
 * vn.langnghe.tools.demo.DemoRecorder} records it as the replay connector's data file in the ejb module,
 * which is what the platform serves; the benchmarks read the generator directly.
 */
package vn.langnghe.tools.demo;
