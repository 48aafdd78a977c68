package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRulesTest {
    @Test
    void usernamesAreLowerCaseWordsOfThreeToSixtyFourCharacters() {
        assertEquals("phantich.q1", AccountRules.username(" PhanTich.Q1 "));
        assertEquals("lan_nguyen-2", AccountRules.username("lan_nguyen-2"));
        for (String bad : new String[] {"", "ab", "1abc", "lan nguyen", "lan@q1", "nguyễn", "a".repeat(65), "<b>x</b>"}) {
            AdminRefusal e = assertThrows(AdminRefusal.class, () -> AccountRules.username(bad), bad);
            assertTrue(e.getMessage().startsWith("a username has 3 to 64 characters"), e.getMessage());
        }
    }

    @Test
    void unitCodesLookLikeTheSeededOnes() {
        assertEquals("ward-26734", AccountRules.unitCode("ward-26734"));
        assertEquals("area-q1", AccountRules.unitCode("area-q1"));
        assertThrows(AdminRefusal.class, () -> AccountRules.unitCode("Ward 1"));
        assertThrows(AdminRefusal.class, () -> AccountRules.unitCode(null));
    }

    @Test
    void namesAreRequiredShortAndOnOneLine() {
        assertEquals("Nguyễn Thị Lan", AccountRules.name("the display name", "  Nguyễn Thị Lan "));
        assertEquals("the display name is required",
                assertThrows(AdminRefusal.class, () -> AccountRules.name("the display name", " ")).getMessage());
        assertThrows(AdminRefusal.class, () -> AccountRules.name("x", "a".repeat(201)));
        assertThrows(AdminRefusal.class, () -> AccountRules.name("x", "Lan\nAdmin"));
    }

    @Test
    void rolesByTheirGroupNamesAtLeastOne() {
        assertEquals(EnumSet.of(Role.ANALYST, Role.VIEWER), AccountRules.roles(List.of("analyst", "viewer")));
        assertEquals("unknown role \"ADMIN\" (roles: admin, analyst, viewer, api_client)",
                assertThrows(AdminRefusal.class, () -> AccountRules.roles(List.of("ADMIN"))).getMessage());
        assertThrows(AdminRefusal.class, () -> AccountRules.roles(List.of()));
    }

    @Test
    void aClearanceNeedsAReason() {
        assertThrows(AdminRefusal.class, () -> AccountRules.reason("  "));
        assertThrows(AdminRefusal.class, () -> AccountRules.reason("x".repeat(501)));
        assertEquals("Quyết định 12/QĐ xử lý đơn", AccountRules.reason("Quyết định 12/QĐ\nxử lý đơn"));
    }

    @Test
    void kindsIgnoreCase() {
        assertEquals(UnitKind.WARD, AccountRules.kind("ward"));
        assertThrows(AdminRefusal.class, () -> AccountRules.kind("province"));
    }

    @Test
    void theFilterRefusesBadPagesAndSortsAndEscapesWildcards() {
        assertThrows(AdminRefusal.class, () -> new AccountFilter(null, null, null, null, -1, 20, null, false));
        assertThrows(AdminRefusal.class, () -> new AccountFilter(null, null, null, null, 0, 0, null, false));
        assertThrows(AdminRefusal.class, () -> new AccountFilter(null, null, null, null, 0, 201, null, false));
        assertThrows(AdminRefusal.class, () -> new AccountFilter(null, null, null, null, 0, 20, "password_hash", false));
        AccountFilter f = new AccountFilter(" ", null, null, "50%_Lan!", 0, 20, null, false);
        assertEquals(null, f.unit());
        assertEquals("a.username", f.sortPath());
        assertEquals("%50!%!_lan!!%", f.likePattern());
        assertEquals("a.unit.code", new AccountFilter(null, null, null, null, 0, 20, "unit", true).sortPath());
    }
}
