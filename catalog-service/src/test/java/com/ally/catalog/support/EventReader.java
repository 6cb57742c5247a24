package com.ally.catalog.support;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.awaitility.Awaitility;

/** Reads events back from the real broker, as a consumer of this service would. */
public final class EventReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    /** A consumer of a topic (without the test prefix), from the end of the topic as it is now. */
    public EventReader(String topic) {
        String prefix = ConfigProvider.getConfig().getOptionalValue("ally.topic-prefix", String.class).orElse("");
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(Set.of(prefix + topic));
        // Join the group and take positions now, so that events sent from here on are seen.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200));
            return !consumer.assignment().isEmpty();
        });
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
    }

    /** Waits for the first record whose CloudEvent matches, and returns it. */
    public ConsumerRecord<String, String> first(Predicate<JsonNode> matches) {
        ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            for (ConsumerRecord<String, String> record : seen) {
                if (matches.test(json(record.value()))) {
                    found[0] = record;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The events read so far (by earlier {@link #first} calls) that match. */
    public List<JsonNode> seen(Predicate<JsonNode> matches) {
        return seen.stream().map(r -> json(r.value())).filter(matches).toList();
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema problems of an event against this module's published schema for its type. */
    public static Set<ValidationMessage> schemaErrors(String eventJson) {
        JsonNode event = json(eventJson);
        String resource = "/events/" + event.path("type").asText() + ".json";
        try (InputStream schemaFile = EventReader.class.getResourceAsStream(resource)) {
            if (schemaFile == null) {
                throw new IllegalStateException("No schema " + resource);
            }
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaFile);
            return schema.validate(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
