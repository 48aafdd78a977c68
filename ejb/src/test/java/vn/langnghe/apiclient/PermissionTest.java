package vn.langnghe.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.AdminRefusal;

/** The permission codes are the API's: stable, read leniently, stored in one order. */
class PermissionTest {
    @Test
    void theCodesAreStable() {
        assertEquals(List.of("posts:read", "stats:read", "analyze", "sources:admin"),
                EnumSet.allOf(Permission.class).stream().map(Permission::code).toList());
    }

    @Test
    void codesAreReadWithoutCaseOrSpaces() {
        assertEquals(Optional.of(Permission.POSTS_READ), Permission.ofCode(" Posts:Read "));
        assertEquals(Optional.of(Permission.SOURCES_ADMIN), Permission.ofCode("sources:admin"));
        for (String bad : new String[] {null, "", "posts", "posts:write", "POSTS_READ", "admin", "analyze,posts:read"}) {
            assertEquals(Optional.empty(), Permission.ofCode(bad), String.valueOf(bad));
        }
    }

    @Test
    void storedInDeclarationOrderAndReadBack() {
        Set<Permission> p = EnumSet.of(Permission.SOURCES_ADMIN, Permission.POSTS_READ);
        assertEquals("posts:read,sources:admin", Permission.store(p));
        assertEquals(p, Permission.read("posts:read,sources:admin"));
        assertEquals(EnumSet.of(Permission.ANALYZE), Permission.read("analyze,retired:code"), "a retired code grants nothing");
        assertEquals(Set.of(), Permission.read(null));
    }

    @Test
    void aClientNeedsKnownPermissionsAndAtLeastOne() {
        assertEquals(EnumSet.of(Permission.POSTS_READ, Permission.STATS_READ),
                ApiClientService.permissions(List.of("stats:read", "posts:read", "posts:read")));
        assertEquals("unknown permission \"posts:write\": posts:read, stats:read, analyze or sources:admin",
                assertThrows(AdminRefusal.class, () -> ApiClientService.permissions(List.of("posts:write"))).getMessage());
        assertThrows(AdminRefusal.class, () -> ApiClientService.permissions(List.of()));
        assertThrows(AdminRefusal.class, () -> ApiClientService.permissions(null));
        java.util.ArrayList<String> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThrows(AdminRefusal.class, () -> ApiClientService.permissions(withNull));
    }
}
