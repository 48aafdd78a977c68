package vn.langnghe.audit;

import java.io.Serializable;
import java.time.Instant;

/** One stored audit row as the audit page and its CSV show it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String unit, String action, String target,
                         String clientAddress, Outcome outcome, String detail) implements Serializable {
}
