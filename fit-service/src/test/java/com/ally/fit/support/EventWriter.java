package com.ally.fit.support;

import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;

/** Publishes events to the real broker as another service would, on this run's prefixed topics. */
public final class EventWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String prefix;

    public EventWriter() {
        prefix = ConfigProvider.getConfig().getOptionalValue("ally.topic-prefix", String.class).orElse("");
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    /** Sends a CloudEvent keyed by its subject, after checking it against its producer's schema. */
    public void send(String topic, JsonNode event) {
        ProducerSchemas.assertValid(event);
        try {
            producer.send(new ProducerRecord<>(prefix + topic, event.path("subject").asText(), event.toString())).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Sends any bytes as a CloudEvent would travel, header included: for poison-record tests. */
    public void sendRaw(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(prefix + topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
