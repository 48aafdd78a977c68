package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-12-01T08:30:00.123456789Z");

    private static AuditRecord event(String actor, String target, String detail) {
        return new AuditRecord(AT, actor, "q1", "source.update", target, "10.0.0.7", Outcome.OK, detail);
    }

    @Test
    void hashIsSha256HexOfThePreviousHashAndTheRow() {
        String h = AuditChain.hash(AuditChain.GENESIS, 1, event("lan", "source:52", null));
        assertTrue(h.matches("[0-9a-f]{64}"), h);
        assertEquals(h, AuditChain.hash(AuditChain.GENESIS, 1, event("lan", "source:52", null)), "deterministic");
    }

    @Test
    void everyFieldThePositionAndThePreviousHashCount() {
        String base = AuditChain.hash(AuditChain.GENESIS, 1, event("lan", "source:52", null));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 2, event("lan", "source:52", null)), "seq");
        assertNotEquals(base, AuditChain.hash("1".repeat(64), 1, event("lan", "source:52", null)), "previous hash");
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, event("lam", "source:52", null)), "actor");
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, event("lan", "source:53", null)), "target");
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, event("lan", "source:52", "")), "NULL is not empty");
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, event("lan", "source:52", null).withOutcome(Outcome.FAILED)),
                "outcome");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not serialise alike
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, 1, event("ab", "c", null)),
                AuditChain.hash(AuditChain.GENESIS, 1, event("a", "bc", null)));
    }

    @Test
    void recordsTakeTheFormTheDatabaseGivesBack() {
        AuditRecord r = new AuditRecord(AT, " ", null, "search", "x".repeat(500), null, Outcome.OK, "a\0b\uD800c");
        assertEquals(Instant.parse("2026-12-01T08:30:00.123456Z"), r.occurredAt(), "microseconds, as both databases keep");
        assertEquals("anonymous", r.actor());
        assertEquals(400, r.target().length(), "cut to the column");
        assertEquals("a\uFFFDb\uFFFDc", r.detail(), "NUL and a lone surrogate replaced");
        String emoji = "x".repeat(63) + "\uD83D\uDE00";
        assertEquals("x".repeat(63), AuditRecord.clean(emoji, 64), "a surrogate pair is never split");
    }
}
