package vn.langnghe.harvest.connector.bulkimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.HarvestedItem;

/** An imported row's text is read as HTML only when it holds markup; plain text keeps its entities. */
class RowMapperFormatTest {
    private final RowMapper mapper = new RowMapper(Mapping.parse("id=id,text=text,created=created"), "ISO",
            ZoneId.of("Asia/Ho_Chi_Minh"), "import");

    @Test
    void markupIsHtmlAndPlainTextIsPlain() {
        HarvestedItem article = item("<p>Kẹt xe ở <b>Hàng Xanh</b> &amp; Điện Biên Phủ</p>");
        assertTrue(article.html());
        HarvestedItem comment = item("Ai viết &lt;script&gt; vào đây vậy? 1 < 2");
        assertFalse(comment.html());
        assertEquals("Ai viết &lt;script&gt; vào đây vậy? 1 < 2", comment.text());
    }

    private HarvestedItem item(String text) {
        RowMapper.Result r = mapper.map(Map.of("id", "1", "text", text, "created", "2026-11-30T08:00:00+07:00"));
        assertEquals(null, r.problem());
        return r.item();
    }
}
