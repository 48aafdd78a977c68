package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.langnghe.savedquery.SavedQueryOrder;
import vn.langnghe.savedquery.SearchState;

/** A saved search in words, with the bundles' labels; the page's own small rules. */
class SearchStateTextTest {
    private static final ResourceBundle VI = ResourceBundle.getBundle("vn.langnghe.web.messages", Locale.forLanguageTag("vi"));
    private static final ResourceBundle EN = ResourceBundle.getBundle("vn.langnghe.web.messages", Locale.ENGLISH);

    @Test
    void wordsFiltersDatesOrderAndExactInBothLanguages() {
        SearchState s = SearchState.parse("q=k%E1%BA%B9t%20xe&f=sentiment:negative&f=topic:flooding&f=sentiment:neutral"
                + "&f=hashtag:%23q1&f=platform:zalo&from=7d&sort=newest&exact=true");
        assertEquals("Từ khoá “kẹt xe” · Sắc thái: Tiêu cực hoặc Trung lập · Chủ đề: Ngập nước · Hashtag: #q1"
                + " · Nền tảng: zalo · 7 ngày qua · Mới nhất trước · Khớp đúng dấu", SearchStateText.describe(s, VI));
        assertEquals("Words “kẹt xe” · Sentiment: Negative or Neutral · Topic: Flooding · Hashtag: #q1"
                + " · Platform: zalo · Last 7 days · Newest first · Exact diacritics", SearchStateText.describe(s, EN));
    }

    @Test
    void daysAndMoments() {
        assertEquals("Mọi bài viết · từ 01/11/2026 đến 30/11/2026",
                SearchStateText.describe(SearchState.parse("from=2026-11-01&to=2026-11-30"), VI));
        assertEquals("All posts · from 20/11/2026 08:00",
                SearchStateText.describe(SearchState.parse("from=2026-11-20T08:00"), EN));
        assertEquals("Mọi bài viết", SearchStateText.describe(SearchState.parse(""), VI));
    }

    @Test
    void theSearchPagesSaveLinkLosesOnlyItsNewFlag() {
        assertEquals("q=a&f=topic:x&from=7d", SavedQueriesPage.withoutNew("new=1&q=a&f=topic:x&from=7d"));
        assertEquals("q=a&newest=2", SavedQueriesPage.withoutNew("q=a&new=1&newest=2&new"));
        assertEquals("", SavedQueriesPage.withoutNew(null));
    }

    @Test
    void columnsSortWithTheServicesOrders() {
        assertEquals(SavedQueryOrder.NEWEST, SavedQueriesPage.order(Map.of()));
        assertEquals(SavedQueryOrder.NAME_DESC, SavedQueriesPage.order(Map.of("name",
                SortMeta.builder().field("name").order(SortOrder.DESCENDING).build())));
        assertEquals(SavedQueryOrder.UPDATED, SavedQueriesPage.order(Map.of("updatedAt",
                SortMeta.builder().field("updatedAt").order(SortOrder.ASCENDING).build())));
        assertEquals(SavedQueryOrder.OWNER, SavedQueriesPage.order(Map.of("owner",
                SortMeta.builder().field("owner").order(SortOrder.ASCENDING).build())));
    }
}
