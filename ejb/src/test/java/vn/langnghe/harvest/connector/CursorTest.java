package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Reading a saved cursor's parts: absent parts, typed parts, and damaged ones named to the admin. */
class CursorTest {

    @Test
    void roundTripsItsPartsThroughText() {
        Cursor c = Cursor.empty().with("since", "2025-07-15T03:00:00Z").with("q", "a&b=c đ");
        assertEquals(c.text(), Cursor.parse(c.text()).text());
        assertEquals("a&b=c đ", Cursor.parse(c.text()).get("q"));
        assertNull(Cursor.empty().text());
    }

    @Test
    void readsTypedPartsAndTheirDefaults() throws SourceConfigException {
        Cursor c = Cursor.parse("pages=3&seenAt=1752545000&since=2025-07-15T03:00:00Z&top=1752548400000&day=20250715");
        assertEquals(3, c.intPart("pages", 0));
        assertEquals(7, c.intPart("taken", 7));
        assertEquals(1752545000L, c.longPart("seenAt", -1));
        assertEquals(1752545000L, c.longPart("seenAt"));
        assertNull(c.longPart("size"));
        assertEquals(-1, c.longPart("size", -1));
        assertEquals(Instant.parse("2025-07-15T03:00:00Z"), c.instantPart("since"));
        assertEquals(Instant.ofEpochMilli(1752548400000L), c.epochMilliPart("top"));
        assertNull(c.instantPart("upper"));
        assertNull(c.epochMilliPart("upper"));
        assertEquals(LocalDate.of(2025, 7, 15), c.part("day", "a date", t -> LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE)));
    }

    @Test
    void aDamagedPartIsAConfigErrorThatNamesAndQuotesIt() {
        Cursor c = Cursor.parse("offset=x7&pages=99999999999&since=2025-07-15&day=2025-07-15&top=");
        assertEquals("the saved cursor's part \"offset\" is \"x7\", not a number; reset the cursor to start over",
                assertThrows(SourceConfigException.class, () -> c.longPart("offset", 0)).getMessage());
        assertEquals("the saved cursor's part \"pages\" is \"99999999999\", not a number; reset the cursor to start over",
                assertThrows(SourceConfigException.class, () -> c.intPart("pages", 0)).getMessage());
        assertEquals("the saved cursor's part \"since\" is \"2025-07-15\", not a date and time; reset the cursor to "
                + "start over", assertThrows(SourceConfigException.class, () -> c.instantPart("since")).getMessage());
        assertEquals("the saved cursor's part \"day\" is \"2025-07-15\", not a date; reset the cursor to start over",
                assertThrows(SourceConfigException.class,
                        () -> c.part("day", "a date", t -> LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE))).getMessage());
        assertEquals("the saved cursor's part \"top\" is \"\", not a number; reset the cursor to start over",
                assertThrows(SourceConfigException.class, () -> c.epochMilliPart("top")).getMessage());
        assertEquals(ErrorKind.CONFIG.code(), assertThrows(SourceConfigException.class, () -> c.longPart("offset")).kind());
    }

    @Test
    void aLongDamagedValueIsShortened() {
        Cursor c = Cursor.empty().with("pages", "9".repeat(100));
        assertEquals("the saved cursor's part \"pages\" is \"" + "9".repeat(37) + "...\", not a number; reset the cursor "
                + "to start over", assertThrows(SourceConfigException.class, () -> c.intPart("pages", 0)).getMessage());
    }

    @Test
    void aPartWithBrokenEscapesIsKeptAsWrittenAndNamedWhenRead() {
        Cursor c = Cursor.parse("after=QVFI%zz&pages=1%");
        assertEquals("QVFI%zz", c.get("after"));
        assertEquals("the saved cursor's part \"pages\" is \"1%\", not a number; reset the cursor to start over",
                assertThrows(SourceConfigException.class, () -> c.intPart("pages", 0)).getMessage());
    }
}
