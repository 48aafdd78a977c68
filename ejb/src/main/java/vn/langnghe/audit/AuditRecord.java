package vn.langnghe.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audit event as it is stored and hashed. The constructor brings every value into the form the
 * database gives back (microsecond time, column lengths, text PostgreSQL accepts), so the hash computed
 * when appending is the hash the verifier recomputes from the row.
 *
 * @param actor         who: the account name, {@code anonymous} when unknown, {@code system} for the platform itself
 * @param unit          the actor's unit code, when known
 * @param action        what, e.g. {@code login}, {@code source.update}
 * @param target        what it was done to, e.g. {@code source:52}
 * @param clientAddress the caller's network address, when the action came over the network
 * @param detail        free text: the query and filters of a search, the row count of an export
 */
public record AuditRecord(Instant occurredAt, String actor, String unit, String action, String target,
                          String clientAddress, Outcome outcome, String detail) {
    public AuditRecord {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        actor = actor == null || actor.isBlank() ? "anonymous" : clean(actor, 100);
        unit = clean(unit, 64);
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an action");
        }
        action = clean(action, 64);
        target = clean(target, 400);
        clientAddress = clean(clientAddress, 64);
        if (outcome == null) {
            throw new IllegalArgumentException("an audit event needs an outcome");
        }
        detail = clean(detail, 2000);
    }

    /** The same event with another outcome (an action whose transaction rolled back failed). */
    public AuditRecord withOutcome(Outcome other) {
        return new AuditRecord(occurredAt, actor, unit, action, target, clientAddress, other, detail);
    }

    /**
     * Cut to the column's length without splitting a surrogate pair, and with NUL (which PostgreSQL
     * refuses in text) and unpaired surrogates (which drivers turn into '?') replaced: otherwise the
     * stored row would differ from the hashed one, or never be stored at all.
     */
    static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            int width = pair ? 2 : 1;
            if (out.length() + width > max) {
                break;
            }
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(c == '\0' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
