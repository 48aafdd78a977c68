package vn.langnghe.harvest;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A fetched item waiting to be analysed and indexed, as the harvest writes it. The pipeline's drain
 * reads, claims, fails and deletes the rows in SQL ({@code vn.langnghe.pipeline.OutboxClaims}); the
 * claim columns are its business alone and are not mapped here.
 */
@Entity
@Table(name = "outbox")
@Cacheable(false)
public class OutboxEntry {
    @Id
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    private Long id;

    @Column(name = "item_id", nullable = false, length = 400)
    private String itemId;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "source_name", nullable = false, length = 200)
    private String sourceName;

    @Column(nullable = false, length = 1_000_000)
    private String payload;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxEntry() {
    }

    public OutboxEntry(String itemId, long sourceId, String sourceName, String payload, Instant fetchedAt) {
        this.itemId = itemId;
        this.sourceId = sourceId;
        this.sourceName = sourceName;
        this.payload = payload;
        this.fetchedAt = fetchedAt;
    }

    public Long getId() { return id; }
    public String getItemId() { return itemId; }
    public long getSourceId() { return sourceId; }
    public String getSourceName() { return sourceName; }
    public String getPayload() { return payload; }
    public Instant getFetchedAt() { return fetchedAt; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
}
