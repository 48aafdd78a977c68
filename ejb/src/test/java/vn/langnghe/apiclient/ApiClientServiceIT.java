package vn.langnghe.apiclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.langnghe.account.AdminRefusal;
import vn.langnghe.audit.RecordingAuditLog;
import vn.langnghe.database.ThrowAwayDatabase;

/**
 * {@link ApiClientService} with the container's JPA provider (EclipseLink) on an H2 file and on a
 * throw-away PostgreSQL schema (skipped only when none answers), both migrated as the application does
 * (V13): the token is shown once and only its hash is stored; names, units and permissions are checked;
 * a presented token is valid, unknown, revoked or expired; rotation with and without an overlap;
 * revocation ends every token; last use is written at most once a minute; the audit never holds a token.
 */
class ApiClientServiceIT {
    private static final Instant START = Instant.parse("2026-12-07T02:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<ThrowAwayDatabase>) ApiClientServiceIT::h2),
                Arguments.of("PostgreSQL", (Supplier<ThrowAwayDatabase>) ThrowAwayDatabase::postgreSqlSchema));
    }

    private static ThrowAwayDatabase h2() {
        try {
            return ThrowAwayDatabase.h2File();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's clock: moved by hand. */
    private static final class SteppedClock extends Clock {
        Instant now = START;

        void step(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The persistence unit of the application, with the test's data source and local transactions. */
    private static EntityManagerFactory jpa(ThrowAwayDatabase db) {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", null);
        p.put("jakarta.persistence.nonJtaDataSource", db.dataSource());
        p.put("eclipselink.target-server", "None");
        p.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("langnghe", p);
    }

    /** One call as the container runs it: a transaction of its own, rolled back on a refusal. */
    private static <T> T tx(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.clear(); // the next call reads the rows again, as a new transaction would
        }
    }

    private static List<Map<String, Object>> rows(ThrowAwayDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<Map<String, Object>> out = new ArrayList<>();
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), r.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void registerCheckRotateRevoke(String kind, Supplier<ThrowAwayDatabase> database) throws Exception {
        try (ThrowAwayDatabase db = database.get().migrated()) {
            EntityManagerFactory emf = jpa(db);
            try {
                EntityManager em = emf.createEntityManager();
                RecordingAuditLog audit = new RecordingAuditLog();
                SteppedClock clock = new SteppedClock();
                ApiClientService service = new ApiClientService();
                service.em = em;
                service.audit = audit;
                service.clock = clock;
                service.defaultRatePerMinute = 600;
                List<String> tokens = new ArrayList<>();

                // register: the token once, only its hash stored
                IssuedToken hotline = tx(em, () -> service.register("admin", new ApiClientDraft("  Hotline-1022 ",
                        "  Tổng đài 1022 ", "ward-26704", List.of("posts:read", "stats:read"), null, null)));
                tokens.add(hotline.token());
                assertTrue(hotline.token().matches("ln_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"), hotline.token());
                ApiClientView v = hotline.client();
                assertEquals("hotline-1022", v.name());
                assertEquals("Tổng đài 1022", v.description());
                assertEquals("ward-26704", v.unitCode());
                assertEquals(List.of("posts:read", "stats:read"), v.permissions());
                assertEquals(600, v.rateLimitPerMinute(), "the platform's default");
                assertEquals("active", v.status());
                assertEquals(ApiTokens.prefix(hotline.token()).orElseThrow(), v.tokenPrefix());
                assertFalse(hotline.toString().contains(hotline.token().substring(16)), "toString shows no secret");
                Map<String, Object> row = rows(db, "SELECT * FROM api_clients").get(0);
                assertEquals(ApiTokens.hash(hotline.token()), row.get("token_hash"));
                assertEquals(v.tokenPrefix(), row.get("token_prefix"));
                assertEquals("posts:read,stats:read", row.get("permissions"));
                assertEquals("admin", row.get("created_by"));
                assertNull(row.get("previous_hash"));
                assertNoTokenIn(row.values(), hotline.token());

                // refusals: duplicate name (a 409 kind), unknown unit, unknown permission, bad name, bad rate, past expiry
                AdminRefusal dup = assertThrows(AdminRefusal.class, () -> tx(em, () -> service.register("admin",
                        new ApiClientDraft("HOTLINE-1022", null, "ward-26740", List.of("analyze"), 10, null))));
                assertEquals(AdminRefusal.Kind.DUPLICATE, dup.kind());
                assertEquals("an API client hotline-1022 exists already", dup.getMessage());
                AdminRefusal unit = assertThrows(AdminRefusal.class, () -> tx(em, () -> service.register("admin",
                        new ApiClientDraft("portal", null, "ward-99999", List.of("analyze"), 10, null))));
                assertEquals(AdminRefusal.Kind.INVALID, unit.kind());
                assertEquals("unknown unit \"ward-99999\"", unit.getMessage());
                AdminRefusal perm = assertThrows(AdminRefusal.class, () -> tx(em, () -> service.register("admin",
                        new ApiClientDraft("portal", null, "ward-26740", List.of("posts:read", "posts:write"), 10, null))));
                assertEquals(AdminRefusal.Kind.INVALID, perm.kind());
                assertTrue(perm.getMessage().startsWith("unknown permission \"posts:write\""), perm.getMessage());
                assertTrue(assertThrows(AdminRefusal.class, () -> tx(em, () -> service.register("admin",
                        new ApiClientDraft("<script>", null, "ward-26740", List.of("analyze"), 10, null)))).getMessage()
                        .startsWith("a client name has 3 to 64 characters"));
                assertThrows(AdminRefusal.class, () -> tx(em, () -> service.register("admin",
                        new ApiClientDraft("portal", null, "ward-26740", List.of("analyze"), 0, null))));
                assertThrows(AdminRefusal.class, () -> tx(em, () -> service.register("admin",
                        new ApiClientDraft("portal", null, "ward-26740", List.of("analyze"), 10, START))));
                assertEquals(1, rows(db, "SELECT id FROM api_clients").size(), "nothing stored by a refusal");
                assertEquals(1, audit.lines().size(), "refusals change nothing, so nothing to audit here");

                // check: valid (with the unit's scope as it is now), unknown, malformed
                TokenCheck ok = tx(em, () -> service.check(hotline.token()));
                assertEquals(TokenCheck.Status.VALID, ok.status());
                assertEquals("hotline-1022", ok.clientName());
                assertEquals("ward-26704", ok.unitCode());
                assertEquals(Set.of(Permission.POSTS_READ, Permission.STATS_READ), ok.permissions());
                assertEquals(600, ok.rateLimitPerMinute());
                assertFalse(ok.scope().wholeCity(), "a ward's scope");
                String forged = hotline.token().substring(0, 16) + "A".repeat(43);
                assertEquals(TokenCheck.Status.UNKNOWN, tx(em, () -> service.check(forged)).status(), "right prefix, wrong secret");
                assertEquals(TokenCheck.Status.UNKNOWN, tx(em, () -> service.check(ApiTokens.generate())).status());
                assertEquals(TokenCheck.Status.UNKNOWN, tx(em, () -> service.check("ln_' OR 1=1 --")).status());
                assertEquals(TokenCheck.Status.UNKNOWN, tx(em, () -> service.check(null)).status());

                // last use: written at most once a minute
                assertEquals(START, lastUsed(db, "hotline-1022"));
                clock.step(Duration.ofSeconds(50));
                tx(em, () -> service.check(hotline.token()));
                assertEquals(START, lastUsed(db, "hotline-1022"), "50 s later: not written again");
                clock.step(Duration.ofSeconds(11));
                tx(em, () -> service.check(hotline.token()));
                assertEquals(clock.now, lastUsed(db, "hotline-1022"), "61 s after the last write");

                // change: permissions, rate, expiry; the name, unit and token stay
                long id = v.id();
                ApiClientView changed = tx(em, () -> service.change("admin", id, new ApiClientDraft("ignored", null,
                        "ward-26740", List.of("analyze"), 3, clock.now.plus(Duration.ofHours(1)))));
                assertEquals(List.of("analyze"), changed.permissions());
                assertEquals(3, changed.rateLimitPerMinute());
                assertEquals("hotline-1022", changed.name());
                assertEquals("ward-26704", changed.unitCode());
                assertNull(changed.description());
                assertEquals(v.tokenPrefix(), changed.tokenPrefix());
                assertTrue(audit.last().startsWith("admin api-client.change api-client:" + id
                        + " ok: permissions=posts:read,stats:read rate=600 expires=never → permissions=analyze rate=3 expires="), audit.last());

                // expired by the clock; an unchanged past expiry does not block a change of the rate
                clock.step(Duration.ofHours(1));
                TokenCheck expired = tx(em, () -> service.check(hotline.token()));
                assertEquals(TokenCheck.Status.EXPIRED, expired.status());
                assertEquals("hotline-1022", expired.clientName());
                assertEquals(null, expired.scope(), "no scope for a refused token");
                assertEquals("expired", tx(em, () -> service.get(id)).status());
                Instant pastExpiry = changed.expiresAt();
                assertEquals(5, tx(em, () -> service.change("admin", id, new ApiClientDraft(null, null, null,
                        List.of("analyze"), 5, pastExpiry))).rateLimitPerMinute());
                assertThrows(AdminRefusal.class, () -> tx(em, () -> service.change("admin", id, new ApiClientDraft(null, null, null,
                        List.of("analyze"), 5, pastExpiry.minusSeconds(1)))), "a new expiry in the past");
                tx(em, () -> service.change("admin", id, new ApiClientDraft(null, null, null, List.of("posts:read"), 5, null)));
                assertEquals(TokenCheck.Status.VALID, tx(em, () -> service.check(hotline.token())).status(), "expiry lifted");

                // rotation with an overlap: both work until it ends, then the old one is refused
                IssuedToken second = tx(em, () -> service.rotate("admin", id, Duration.ofHours(2)));
                tokens.add(second.token());
                assertNotEquals(hotline.token(), second.token());
                assertEquals(clock.now.plus(Duration.ofHours(2)), second.client().previousValidUntil());
                assertEquals(TokenCheck.Status.VALID, tx(em, () -> service.check(hotline.token())).status());
                assertEquals(TokenCheck.Status.VALID, tx(em, () -> service.check(second.token())).status());
                row = rows(db, "SELECT * FROM api_clients").get(0);
                assertEquals(ApiTokens.hash(second.token()), row.get("token_hash"));
                assertEquals(ApiTokens.hash(hotline.token()), row.get("previous_hash"));
                assertNoTokenIn(row.values(), hotline.token(), second.token());
                clock.step(Duration.ofHours(2).minusSeconds(1));
                assertEquals(TokenCheck.Status.VALID, tx(em, () -> service.check(hotline.token())).status(), "a second before the end");
                clock.step(Duration.ofSeconds(1));
                assertEquals(TokenCheck.Status.EXPIRED, tx(em, () -> service.check(hotline.token())).status(), "the overlap has ended");
                assertEquals(TokenCheck.Status.VALID, tx(em, () -> service.check(second.token())).status());
                assertNull(tx(em, () -> service.get(id)).previousValidUntil());

                // rotation without an overlap: the old token stops at once
                IssuedToken third = tx(em, () -> service.rotate("admin", id, Duration.ZERO));
                tokens.add(third.token());
                assertEquals(TokenCheck.Status.UNKNOWN, tx(em, () -> service.check(second.token())).status());
                assertEquals(TokenCheck.Status.VALID, tx(em, () -> service.check(third.token())).status());
                assertThrows(AdminRefusal.class, () -> tx(em, () -> service.rotate("admin", id, Duration.ofDays(31))));
                assertThrows(AdminRefusal.class, () -> tx(em, () -> service.rotate("admin", id, Duration.ofHours(-1))));
                assertEquals(AdminRefusal.Kind.NOT_FOUND,
                        assertThrows(AdminRefusal.class, () -> tx(em, () -> service.rotate("admin", 999_999, Duration.ZERO))).kind());

                // revocation ends both tokens, for good
                IssuedToken fourth = tx(em, () -> service.rotate("admin", id, Duration.ofHours(24)));
                tokens.add(fourth.token());
                assertEquals(TokenCheck.Status.VALID, tx(em, () -> service.check(third.token())).status(), "in its overlap");
                ApiClientView revoked = tx(em, () -> service.revoke("admin", id));
                assertEquals("revoked", revoked.status());
                assertEquals("admin", revoked.revokedBy());
                assertNull(revoked.previousValidUntil());
                assertEquals(TokenCheck.Status.REVOKED, tx(em, () -> service.check(fourth.token())).status());
                TokenCheck refused = tx(em, () -> service.check(third.token()));
                assertEquals(TokenCheck.Status.REVOKED, refused.status());
                assertEquals("hotline-1022", refused.clientName(), "named for the audit of the refused call");
                assertEquals(Set.of(), refused.permissions());
                clock.step(Duration.ofDays(2));
                assertEquals(TokenCheck.Status.REVOKED, tx(em, () -> service.check(fourth.token())).status());
                assertEquals(AdminRefusal.Kind.INVALID,
                        assertThrows(AdminRefusal.class, () -> tx(em, () -> service.rotate("admin", id, Duration.ZERO))).kind(),
                        "a revoked client gets no new token");
                assertThrows(AdminRefusal.class, () -> tx(em, () -> service.change("admin", id, new ApiClientDraft(null, null, null,
                        List.of("posts:read"), 5, null))), "nor a change");
                int events = audit.lines().size();
                tx(em, () -> service.revoke("admin", id));
                assertEquals(events, audit.lines().size(), "revoking twice records nothing new");

                // the trail: every change, never a token
                List<String> actions = audit.lines().stream().map(l -> l.split(" ")[1]).toList();
                assertEquals(List.of("api-client.register", "api-client.change", "api-client.change", "api-client.change",
                        "api-client.rotate", "api-client.rotate", "api-client.rotate", "api-client.revoke"), actions);
                assertTrue(audit.lines().get(0).startsWith("admin api-client.register api-client:" + id
                        + " ok: name=hotline-1022 unit=ward-26704 permissions=posts:read,stats:read rate=600/min expires=never token="
                        + v.tokenPrefix() + "…"), audit.lines().get(0));
                assertTrue(audit.lines().get(4).contains("overlap=120min"), audit.lines().get(4));
                assertNoTokenIn(new ArrayList<>(audit.lines()), tokens.toArray(String[]::new));
                for (Map<String, Object> r : rows(db, "SELECT * FROM api_clients")) {
                    assertNoTokenIn(r.values(), tokens.toArray(String[]::new));
                }
                assertEquals(1, tx(em, service::list).size());
                em.close();
            } finally {
                emf.close();
            }
        }
    }

    private static Instant lastUsed(ThrowAwayDatabase db, String name) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT last_used_at FROM api_clients WHERE name = '" + name + "'")) {
            r.next();
            return r.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }

    /** Neither a token nor its secret part anywhere in these values. */
    private static void assertNoTokenIn(java.util.Collection<?> values, String... tokens) {
        for (Object o : values) {
            String s = String.valueOf(o);
            for (String t : tokens) {
                assertFalse(s.contains(t.substring(16)), "a token's secret in " + s);
            }
        }
    }
}
