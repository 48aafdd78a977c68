package vn.langnghe.tools.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import vn.langnghe.account.DataScope;
import vn.langnghe.search.DateRange;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchFilter;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchSort;

/**
 * The searches of {@code bench search}: what people do on the search page, for a ward's analyst (Bến Thành,
 * as its unit is seeded: area q1 and ward 26743, no personal-data clearance, so results are masked) and for
 * the city's administrator (everything, cleared). Every search asks for every facet, the region drill-down,
 * the date presets, highlighting, collapsed near-duplicates with their count, and the volume chart, because
 * {@code ScopedQuery.search} always does; the mix varies the rest: words with and without diacritics,
 * phrases, proximity, AND/OR/NOT, exact diacritics, filters on each facet, date presets and ranges, the
 * three orders, a later page and a deep cursor page. The words are those the benchmark's timeline says.
 */
public final class SearchMix {
    /** How deep the cursor page is: past {@link SearchRequest#MAX_DEPTH}, where page numbers stop. */
    public static final int CURSOR_DEPTH = 12_000;

    /** One search of the mix, named for the table. */
    public record Search(String label, Reader reader, SearchRequest request) {
    }

    public static final Reader WARD_ANALYST = new Reader("phantich.benthanh", "ward-26743",
            DataScope.parse("q1", "26743", null), false);
    public static final Reader CITY_ADMIN = new Reader("admin", "city-admin", DataScope.WHOLE_CITY, true);

    private SearchMix() {
    }

    /** The request whose page {@link #CURSOR_DEPTH} deep the mix reads by cursor. */
    public static SearchRequest deepCursorBase() {
        return SearchRequest.of("").withSort(SearchSort.NEWEST);
    }

    /**
     * Every request for each reader; {@code cursorAt} gives the cursor {@link #CURSOR_DEPTH} results into
     * {@link #deepCursorBase()} for a reader (the benchmark walks there once before measuring).
     */
    public static List<Search> build(LocalDate today, BiFunction<Reader, SearchRequest, String> cursorAt) {
        List<Search> mix = new ArrayList<>();
        for (Reader r : List.of(WARD_ANALYST, CITY_ADMIN)) {
            String who = r == WARD_ANALYST ? "ward" : "city";
            for (Search s : requests(today)) {
                mix.add(new Search(who + " " + s.label(), r, s.request()));
            }
            mix.add(new Search(who + " cursor at " + CURSOR_DEPTH, r,
                    deepCursorBase().withCursor(cursorAt.apply(r, deepCursorBase()), SearchRequest.DEFAULT_ROWS)));
        }
        return mix;
    }

    private static List<Search> requests(LocalDate today) {
        return List.of(
                s("everything", SearchRequest.of("")),
                s("word ngập", SearchRequest.of("ngập")),
                s("word ngap (no marks)", SearchRequest.of("ngap")),
                s("words kẹt xe", SearchRequest.of("kẹt xe")),
                s("words ket xe (no marks)", SearchRequest.of("ket xe")),
                s("phrase", SearchRequest.of("\"rác thải đổ trộm\"")),
                s("proximity ~3", SearchRequest.of("\"tiền điện cao\"~3")),
                s("OR, NOT", SearchRequest.of("(điện OR nước) NOT metro")),
                s("exact trộm", SearchRequest.of("trộm").withExact(true)),
                s("negative + flooding", SearchRequest.of("").withFilters(List.of(f("sentiment:negative"),
                        f("topic:flooding")))),
                s("facebook + words", SearchRequest.of("giao thông").withFilters(List.of(f("platform:facebook")))),
                s("region q1 drill-down", SearchRequest.of("").withFilters(List.of(f("region:1/hcmc/q1")))),
                s("region ward + word", SearchRequest.of("chợ").withFilters(List.of(f("region:2/hcmc/q1/26743")))),
                s("last 24 h", SearchRequest.of("").withDates(DateRange.of(DateRange.Preset.LAST_24_HOURS))),
                s("last 7 days + word", SearchRequest.of("rác").withDates(DateRange.of(DateRange.Preset.LAST_7_DAYS))),
                s("dates + topic", SearchRequest.of("").withDates(today.minusDays(45), today.minusDays(15))
                        .withFilters(List.of(f("topic:transport")))),
                s("newest", SearchRequest.of("phường").withSort(SearchSort.NEWEST)),
                s("engagement", SearchRequest.of("").withSort(SearchSort.ENGAGEMENT)),
                s("page 5", SearchRequest.of("xe buýt").withPage(5, SearchRequest.DEFAULT_ROWS)),
                s("reposts #chiase", SearchRequest.of("").withFilters(List.of(f("hashtag:chiase")))));
    }

    private static Search s(String label, SearchRequest r) {
        return new Search(label, null, r);
    }

    private static SearchFilter f(String param) {
        return SearchFilter.parse(param);
    }
}
