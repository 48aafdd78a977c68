package vn.langnghe.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Records audit events in the caller's transaction, so an action and its record commit together. */
@ApplicationScoped
public class AuditLog {
    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, String action, String detail) {
        String who = actor == null || actor.isBlank() ? "anonymous" : truncate(actor, 100);
        em.persist(new AuditEvent(Instant.now(), who, action, detail == null ? null : truncate(detail, 2000)));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
