/**
 * Region part of the analysis engine: finds places of Hồ Chí Minh City in a text (new 2025 wards and communes,
 * former districts, old ward names, former provinces Bình Dương and Bà Rịa–Vũng Tàu, landmarks) and maps each
 * to an area code and, when known, to the new unit codes. Plain Java, no container dependency. See
 * {@code docs/analysis-regions.md}.
 */
package vn.langnghe.analysis.region;
