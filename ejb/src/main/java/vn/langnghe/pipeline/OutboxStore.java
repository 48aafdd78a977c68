package vn.langnghe.pipeline;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langnghe.harvest.OutboxEntry;

/** Reads and clears the outbox, each call in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {
    /** An item that failed this often to be analysed is left for an admin instead of blocking the queue. */
    static final int MAX_ATTEMPTS = 5;
    private static final int DELETE_CHUNK = 100;

    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    /**
     * The oldest waiting items of one slot ({@code id mod slots = slot}), in the order they were
     * fetched; {@code slots = 1} reads them all.
     */
    public List<OutboxEntry> next(int limit, int slots, int slot) {
        String where = slots > 1 ? " AND MOD(e.id, " + slots + ") = " + slot : "";
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.attempts < :max" + where + " ORDER BY e.id",
                        OutboxEntry.class)
                .setParameter("max", MAX_ATTEMPTS)
                // the drain never changes what it reads: no copies kept for change tracking
                .setHint("eclipselink.read-only", true)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Solr has the items: forget them. */
    public int delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        // in lists of 100: H2 finds the rows through the primary key but then re-checks each one against
        // the whole list, one comparison per element, so a list of 1,000 cost ~500,000 comparisons
        int n = 0;
        for (int i = 0; i < ids.size(); i += DELETE_CHUNK) {
            n += em.createQuery("DELETE FROM OutboxEntry e WHERE e.id IN :ids")
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + DELETE_CHUNK)))
                    .executeUpdate();
        }
        return n;
    }

    /** An item could not be turned into a post; after {@link #MAX_ATTEMPTS} it stops being retried. */
    public void failed(long id, String error) {
        OutboxEntry e = em.find(OutboxEntry.class, id);
        if (e != null) {
            e.failed(error);
        }
    }

    public long waiting() {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.attempts < :max", Long.class)
                .setParameter("max", MAX_ATTEMPTS).getSingleResult();
    }
}
