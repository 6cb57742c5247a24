package com.ally.orders.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.orders.request.RequestId;
import com.ally.orders.sql.Inserts;

/**
 * Writes an event into the outbox inside the caller's transaction, so that the change and its
 * event commit or roll back together. {@link OutboxRelay} sends it as soon as the transaction has
 * committed ({@link RelayKick}), or at its next scheduled run.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final String source;
    private final String topicPrefix;
    private final RelayKick kick;

    public Outbox(ObjectMapper json, @ConfigProperty(name = "ally.outbox.source") String source,
            @ConfigProperty(name = "ally.topic-prefix") Optional<String> topicPrefix, RelayKick kick) {
        this.json = json;
        this.source = source;
        // Empty in production; "test." in tests, so that tests do not disturb a running local stack.
        this.topicPrefix = topicPrefix.orElse("");
        this.kick = kick;
    }

    /**
     * @param topic       the producer's topic for the aggregate, e.g. {@code catalog.style}
     * @param aggregateId the Kafka key and CloudEvents subject, so one aggregate's events stay in order
     * @param type        the CloudEvents type, e.g. {@code ally.catalog.style.published.v1}
     * @param data        the event's data, serialised as JSON
     * @return the event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String aggregateId, String type, Object data) {
        OutboxEvent row = event(topic, aggregateId, type, data);
        row.persist();
        kick.afterCommit();
        return row.id;
    }

    /**
     * As {@link #publish}, but the row joins {@code rows}, written in one statement with the
     * change it announces; the caller executes them in this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Inserts rows, String topic, String aggregateId, String type, Object data) {
        OutboxEvent row = event(topic, aggregateId, type, data);
        rows.row("outbox_event", "id, topic, aggregate_id, type, payload, created_at",
                row.id, row.topic, row.aggregateId, row.type, row.payload, row.createdAt);
        kick.afterCommit();
        return row.id;
    }

    private OutboxEvent event(String topic, String aggregateId, String type, Object data) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", aggregateId);
        event.put("time", now.toString());
        event.put("datacontenttype", "application/json");
        String requestId = RequestId.current();
        if (requestId != null) {
            event.put("requestid", requestId);
        }
        event.put("data", data);

        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = topicPrefix + topic;
        row.aggregateId = aggregateId;
        row.type = type;
        row.createdAt = now;
        try {
            row.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be written as JSON", e);
        }
        return row;
    }
}
