package vn.langnghe.analysis.region;

import java.util.List;

/**
 * One place found in a text.
 *
 * @param area  area code ({@code q1}, {@code binh_thanh}, ..., {@code binh_duong}, {@code ba_ria_vung_tau}),
 *              or {@code hcmc} for the city as a whole
 * @param units codes of the new (1 July 2025) commune-level units the place lies in, when known; else empty
 * @param text  the matched text, exactly as it appears in the input
 * @param start offset of the first matched char in the input
 * @param end   offset after the last matched char in the input
 */
public record RegionMatch(String area, List<String> units, String text, int start, int end) {
    public RegionMatch {
        units = List.copyOf(units);
    }
}
