package vn.langnghe.audit;

import java.util.ArrayList;
import java.util.List;

/** An audit log for tests of the services that record events: keeps them in memory, readable as text. */
public class RecordingAuditLog extends AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent e) {
        events.add(e);
    }

    /** {@code actor action target outcome: detail}, with {@code ok} for an outcome left unset. */
    public List<String> lines() {
        return events.stream().map(e -> e.actor + " " + e.action + " " + e.target + " "
                + (e.outcome == null ? Outcome.OK : e.outcome).name().toLowerCase(java.util.Locale.ROOT)
                + ": " + e.detail).toList();
    }

    public String last() {
        List<String> all = lines();
        return all.get(all.size() - 1);
    }
}
