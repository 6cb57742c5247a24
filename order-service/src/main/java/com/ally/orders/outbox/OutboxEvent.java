package com.ally.orders.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One CloudEvent waiting to be sent, or already sent, to Kafka. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "aggregate_id")
    public String aggregateId;

    public String type;

    /** The whole CloudEvent in structured JSON, exactly as it goes on the wire. */
    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The oldest unsent events, in the order they were written. */
    static List<OutboxEvent> oldestUnsent(int limit) {
        return find("sentAt is null order by seq").page(0, limit).list();
    }
}
