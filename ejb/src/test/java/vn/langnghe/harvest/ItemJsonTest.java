package vn.langnghe.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.HarvestedItem;

class ItemJsonTest {

    @Test
    void aHarvestedItemSurvivesTheOutbox() {
        HarvestedItem item = HarvestedItem.builder("facebook", "1234_5678")
                .kind("comment").url("https://facebook.com/1234_5678").replyTo("1234_1", "1234")
                .author("Nguyễn Văn A", "100001").title(null).html("<p>Đường \"ngập\" 😡</p>")
                .createdAt(Instant.parse("2025-07-14T01:02:03Z")).likes(5).shares(1).comments(2).views(0)
                .build();
        assertEquals(item, ItemJson.read(ItemJson.write(item)));
    }

    @Test
    void overlongTextIsCutToTheOutboxLimit() {
        HarvestedItem item = HarvestedItem.builder("web", "p1").text("a".repeat(ItemJson.MAX_TEXT + 10))
                .createdAt(Instant.EPOCH).build();
        assertEquals(ItemJson.MAX_TEXT, ItemJson.read(ItemJson.write(item)).text().length());
    }
}
