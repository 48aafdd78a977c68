package vn.langnghe.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.audit.RecordingAuditLog;

/**
 * The sign-in and password rules of {@link AccountService} with its collaborators replaced: accounts
 * in a map behind a stand-in EntityManager, the audit trail in memory, a clock the test moves.
 * (The columns themselves are checked by MigrationIT; the container by the EAR's PlatformIT.)
 */
class AccountServiceTest {
    private static final String RIGHT = "đúng-mật-khẩu-42";
    private final Map<String, Account> table = new HashMap<>();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-07-01T08:00:00Z"));
    private AccountService service;
    private Unit ward;

    @BeforeEach
    void setUp() {
        service = new AccountService();
        service.em = entityManager();
        service.audit = audit;
        service.clock = clock;
        service.lockoutAfter = 3;
        service.lockoutSeconds = 60;
        service.lockoutMaxSeconds = 600;
        service.readSettings();
        ward = new Unit("ward-26740", "UBND phường Sài Gòn", UnitKind.WARD, "q1");
        service.create("system", "lan", "Lan", RIGHT.toCharArray(), false, ward, EnumSet.of(Role.ANALYST));
    }

    private Optional<Account> signIn(String password) {
        return service.authenticate("lan", password.toCharArray());
    }

    @Test
    void theRightPasswordSignsInAndIsAudited() {
        assertTrue(signIn(RIGHT).isPresent());
        assertEquals("lan login null ok: null", audit.last());
        assertEquals(clock.instant(), table.get("lan").getLastLoginAt());
    }

    @Test
    void unknownAndWrongGiveTheSameAnswerButTheTrailSaysWhy() {
        assertEquals(Optional.empty(), service.authenticate("ai.do", RIGHT.toCharArray()));
        assertEquals("ai.do login null denied: unknown account", audit.last());
        assertEquals(Optional.empty(), signIn("sai-mat-khau"));
        assertEquals("lan login null denied: wrong password (1 in a row)", audit.last());
    }

    @Test
    void locksAfterTheNthWrongPasswordAndRefusesEvenTheRightOneUntilTheDelayHasPassed() {
        signIn("sai-1");
        signIn("sai-2");
        signIn("sai-3");
        assertEquals("lan login null denied: wrong password (3 in a row), locked until 2026-07-01T08:01:00Z", audit.last());

        clock.move(Duration.ofSeconds(59));
        assertEquals(Optional.empty(), signIn(RIGHT), "locked: the right password is refused");
        assertEquals("lan login null denied: account locked until 2026-07-01T08:01:00Z", audit.last());
        assertEquals(3, table.get("lan").getFailedSignIns(), "attempts while locked do not count");

        clock.move(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), signIn("sai-4"));
        assertEquals("lan login null denied: wrong password (4 in a row), locked until 2026-07-01T08:03:00Z",
                audit.last(), "the next failure after the lock doubles the delay");

        clock.move(Duration.ofMinutes(2));
        assertTrue(signIn(RIGHT).isPresent());
        assertEquals(0, table.get("lan").getFailedSignIns(), "a success starts the count again");
        signIn("sai-5");
        assertFalse(table.get("lan").isLockedAt(clock.instant()));
    }

    @Test
    void aGeneratedPasswordMustBeChangedAndTheNewOneMeetsThePolicy() {
        service.create("system", "minh", "Minh", "Gen3ratedXyz7".toCharArray(), true, ward, EnumSet.of(Role.ANALYST));
        assertEquals("system account.create account:minh ok: unit=" + ward.getCode() + ", roles=[analyst]; generated password, to be changed at first sign-in",
                audit.last());
        assertTrue(service.authenticate("minh", "Gen3ratedXyz7".toCharArray()).orElseThrow().isMustChangePassword(),
                "signs in, but must change");

        assertEquals(EnumSet.of(PasswordProblem.WRONG_CURRENT_PASSWORD),
                service.changePassword("minh", "wrong".toCharArray(), "song-Sai-Gon-chieu-mua".toCharArray()));
        assertEquals(1, table.get("minh").getFailedSignIns(), "a wrong current password counts like a wrong sign-in");
        assertEquals(EnumSet.of(PasswordProblem.TOO_SHORT, PasswordProblem.CONTAINS_USERNAME),
                service.changePassword("minh", "Gen3ratedXyz7".toCharArray(), "minh-42-abc".toCharArray()));
        assertEquals(EnumSet.of(PasswordProblem.UNCHANGED),
                service.changePassword("minh", "Gen3ratedXyz7".toCharArray(), "Gen3ratedXyz7".toCharArray()));
        assertTrue(table.get("minh").isMustChangePassword(), "still generated after refusals");

        assertEquals(Set.of(), service.changePassword("minh", "Gen3ratedXyz7".toCharArray(),
                "song-Sai-Gon-chieu-mua".toCharArray()));
        assertEquals("minh account.password-change account:minh ok: null", audit.last());
        assertFalse(table.get("minh").isMustChangePassword());
        assertTrue(service.authenticate("minh", "song-Sai-Gon-chieu-mua".toCharArray()).isPresent());
        assertTrue(service.authenticate("minh", "Gen3ratedXyz7".toCharArray()).isEmpty(), "the old password is gone");
    }

    @Test
    void aPasswordChosenInConfigurationNeedNotBeChanged() {
        assertFalse(signIn(RIGHT).orElseThrow().isMustChangePassword());
    }

    @Test
    void anAdminCreatesAnAccountWithAOneTimePasswordShownOnce() {
        AccountService.IssuedPassword issued = service.createWithGeneratedPassword("admin", "hoa", "Hoa", ward,
                EnumSet.of(Role.VIEWER));
        assertEquals("admin account.create account:hoa ok: unit=" + ward.getCode() + ", roles=[viewer]; generated password, to be changed at first sign-in",
                audit.last());
        assertFalse(issued.toString().contains(issued.password()), "never printed by accident");
        assertFalse(table.get("hoa").getPasswordHash().contains(issued.password()), "stored only as a hash");
        assertTrue(service.authenticate("hoa", issued.password().toCharArray()).orElseThrow().isMustChangePassword());
        assertThrows(IllegalArgumentException.class, () -> service.createWithGeneratedPassword("admin", "hoa", "Hoa 2",
                ward, EnumSet.of(Role.VIEWER)), "usernames are unique");
    }

    @Test
    void aResetGivesANewOneTimePasswordAndLiftsTheLock() {
        for (int i = 0; i < 3; i++) {
            signIn("sai-" + i);
        }
        assertTrue(table.get("lan").isLockedAt(clock.instant()));
        String password = service.resetPassword("admin", "lan").password();
        assertEquals("admin account.password-reset account:lan ok: generated password, to be changed at next sign-in; locked → unlocked", audit.last());
        assertFalse(table.get("lan").isLockedAt(clock.instant()));
        assertTrue(signIn(RIGHT).isEmpty(), "the old password is gone");
        assertTrue(signIn(password).orElseThrow().isMustChangePassword());
        assertFalse(password.equals(service.resetPassword("admin", "lan").password()), "each reset is a new password");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        service.setEnabled("admin", "lan", false);
        assertEquals("admin account.disable account:lan ok: enabled true → false", audit.last());
        assertTrue(signIn(RIGHT).isEmpty());
        assertEquals("lan login null denied: account disabled", audit.last());
        service.setEnabled("admin", "lan", true);
        assertEquals("admin account.enable account:lan ok: enabled false → true", audit.last());
        assertTrue(signIn(RIGHT).isPresent());
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        service.create("system", "admin", "Admin", "quan-tri-Vien-42".toCharArray(), false, ward, EnumSet.of(Role.ADMIN));
        assertThrows(IllegalArgumentException.class, () -> service.setEnabled("admin", "admin", false));
        assertEquals("admin account.disable account:admin denied: an admin cannot disable their own account", audit.last());
        assertTrue(table.get("admin").isEnabled());
    }

    /** Just what AccountService asks of the EntityManager: persist, refresh and the by-username query. */
    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "persist" -> {
                        if (args[0] instanceof Account a) {
                            table.put(a.getUsername(), a);
                        }
                        yield null;
                    }
                    case "refresh" -> null;
                    case "createNamedQuery" -> byUsername();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private TypedQuery<?> byUsername() {
        String[] username = new String[1];
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        username[0] = (String) args[1];
                        yield proxy;
                    }
                    case "getResultStream" -> Stream.ofNullable(table.get(username[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void move(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
