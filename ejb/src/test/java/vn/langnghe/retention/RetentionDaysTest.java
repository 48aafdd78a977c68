package vn.langnghe.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RetentionDaysTest {
    private static String refused(String typed) {
        return assertThrows(InvalidRetentionException.class, () -> RetentionDays.parse(typed)).messageKey();
    }

    @Test
    void wholeDaysFromOneToTenYearsAreAccepted() throws Exception {
        assertEquals(1, RetentionDays.parse("1"));
        assertEquals(365, RetentionDays.parse(" 365 "));
        assertEquals(3650, RetentionDays.parse("3650"));
        assertEquals(90, RetentionDays.check(90));
    }

    @Test
    void lessThanADayIsRefusedAndThereIsNoKeepForever() {
        assertEquals("retention.error.tooShort", refused("0"));
        assertEquals("retention.error.tooShort", refused("-5"));
        assertEquals("retention.error.blank", refused(""));
        assertEquals("retention.error.blank", refused("   "));
        assertEquals("retention.error.blank", refused(null));
    }

    @Test
    void absurdValuesAreRefused() {
        assertEquals("retention.error.tooLong", refused("3651"));
        assertEquals("retention.error.tooLong", refused("999999999"));
        assertEquals("retention.error.notNumber", refused("9999999999999"));
        assertEquals("retention.error.notNumber", refused("1.5"));
        assertEquals("retention.error.notNumber", refused("30 ngày"));
        assertEquals("retention.error.notNumber", refused("1e3"));
        assertEquals("retention.error.notNumber", refused("٣٠"));
    }
}
