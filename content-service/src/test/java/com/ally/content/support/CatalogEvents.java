package com.ally.content.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds catalog-service's events as the contract defines them, checks each against catalog-service's
 * own schema file, and sends it to the real broker on the test topic.
 */
public final class CatalogEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("../catalog-service/src/main/resources/events");

    private CatalogEvents() {
    }

    /** A full style snapshot with one colourway and one SKU. */
    public static Map<String, Object> style(String type, String id, String slug, String name, String status,
            long price, String sku, String availability, Instant updatedAt) {
        Map<String, Object> colourway = Map.of("id", UUID.nameUUIDFromBytes(id.getBytes()).toString(), "code", "BLKSUE",
                "name", "Black Suede", "colour", "BLACK", "material", "SUEDE",
                "price", Map.of("amount", price, "currency", "USD"),
                "images", List.of(Map.of("url", "https://images.ally.example/" + slug + ".jpg", "alt", name + " in black suede")),
                "skus", List.of(Map.of("sku", sku, "size", 7.5, "width", "WIDE", "available", "OUT".equals(availability) ? 0 : 12,
                        "availability", availability)));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("id", id);
        data.put("slug", slug);
        data.put("name", name);
        data.put("description", "Pointed toe, a little lift.");
        data.put("category", "FLAT");
        data.put("heelHeightInches", 0.6);
        data.put("toeShape", "POINTED");
        data.put("comfortFeatures", List.of("ARCH_SUPPORT", "METATARSAL_SUPPORT", "SUEDE_LINING"));
        data.put("upperMaterials", List.of("SUEDE", "LEATHER"));
        data.put("status", status);
        data.put("collections", List.of());
        data.put("colourways", List.of(colourway));
        data.put("updatedAt", updatedAt.toString());
        return envelope(type, id, data);
    }

    public static Map<String, Object> collection(String id, String slug, String name, List<String> styleSlugs, Instant updatedAt) {
        return envelope("ally.catalog.collection.published.v1", id, Map.of("id", id, "slug", slug, "name", name,
                "description", "A collection", "styleSlugs", styleSlugs, "updatedAt", updatedAt.toString()));
    }

    public static Map<String, Object> availability(String styleId, String styleSlug, String sku, String availability,
            String previous) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("sku", sku);
        data.put("styleId", styleId);
        data.put("styleSlug", styleSlug);
        data.put("colourwayId", UUID.nameUUIDFromBytes(styleId.getBytes()).toString());
        data.put("size", 7.5);
        data.put("width", "WIDE");
        data.put("available", "OUT".equals(availability) ? 0 : 12);
        data.put("availability", availability);
        data.put("previousAvailability", previous);
        return envelope("ally.catalog.inventory.availability-changed.v1", sku, data);
    }

    /** A colourway's new price; the colourway id is the one {@link #style} gives the style. */
    public static Map<String, Object> priceChanged(String styleId, String styleSlug, long price, long previous) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("styleId", styleId);
        data.put("styleSlug", styleSlug);
        data.put("colourwayId", UUID.nameUUIDFromBytes(styleId.getBytes()).toString());
        data.put("price", Map.of("amount", price, "currency", "USD"));
        data.put("compareAtPrice", null);
        data.put("previousPrice", Map.of("amount", previous, "currency", "USD"));
        return envelope("ally.catalog.style.price-changed.v1", styleId, data);
    }

    private static Map<String, Object> envelope(String type, String subject, Map<String, Object> data) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/catalog-service");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return event;
    }

    /** Fails clearly when catalog-service's schema for the type is missing or the event does not match it. */
    public static void assertMatchesProducerSchema(Map<String, Object> event) {
        Path file = SCHEMAS.resolve(event.get("type") + ".json");
        assertThat(Files.exists(file))
                .as("catalog-service's schema %s is missing: the producer must publish it (see contract.md)", file)
                .isTrue();
        try {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(file));
            Set<ValidationMessage> errors = schema.validate(JSON.valueToTree(event));
            assertThat(errors).as("event %s against %s", event.get("type"), file).isEmpty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates against the producer's schema, then sends with the aggregate id as key, as catalog-service does. */
    public static void send(String topic, Map<String, Object> event) {
        assertMatchesProducerSchema(event);
        try {
            sendRaw(topic, (String) event.get("subject"), JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends any payload as it is, valid or not. */
    public static void sendRaw(String topic, String key, String payload) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        String prefix = ConfigProvider.getConfig().getOptionalValue("ally.topic-prefix", String.class).orElse("");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(prefix + topic, key, payload)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode tree(Map<String, Object> event) {
        return JSON.valueToTree(event);
    }
}
