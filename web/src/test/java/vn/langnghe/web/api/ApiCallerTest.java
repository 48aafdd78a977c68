package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.Role;
import vn.langnghe.apiclient.Permission;

class ApiCallerTest {

    @Test
    void anAccountMayOverTheApiWhatItsPagesAllow() {
        assertEquals(Set.of(), ApiCaller.permissionsOf(Set.of()));
        assertEquals(EnumSet.of(Permission.POSTS_READ, Permission.STATS_READ), ApiCaller.permissionsOf(Set.of(Role.VIEWER)));
        assertEquals(EnumSet.of(Permission.POSTS_READ, Permission.STATS_READ), ApiCaller.permissionsOf(Set.of(Role.API_CLIENT)));
        assertEquals(EnumSet.of(Permission.POSTS_READ, Permission.STATS_READ, Permission.ANALYZE),
                ApiCaller.permissionsOf(Set.of(Role.ANALYST)));
        assertEquals(EnumSet.allOf(Permission.class), ApiCaller.permissionsOf(Set.of(Role.ADMIN)));
    }

    @Test
    void problemTypesAreDistinctAndReferToTheirDescription() {
        Set<String> slugs = Arrays.stream(ProblemType.values()).map(ProblemType::slug).collect(Collectors.toSet());
        assertEquals(ProblemType.values().length, slugs.size());
        for (ProblemType t : ProblemType.values()) {
            assertTrue(t.uri().equals("/api/v1/problems/" + t.slug()), t.uri());
            assertEquals(t, ProblemType.ofSlug(t.slug()).orElseThrow());
            assertTrue(t.slug().matches("[a-z]+(-[a-z0-9]+)*"), t.slug());
        }
        assertEquals(ProblemType.RATE_LIMITED, ProblemType.forStatus(429));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(502));
        assertEquals(ProblemType.BAD_REQUEST, ProblemType.forStatus(422));
    }

    @Test
    void aProblemCarriesItsRetryTimeAndNoStackTrace() {
        ApiProblem p = ApiProblem.rateLimited("slow down", 0);
        assertEquals(1, p.retryAfter());
        assertEquals(0, p.getStackTrace().length);
        assertEquals(ProblemType.RATE_LIMITED, p.type());
    }
}
