package com.ally.orders.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Publishes catalog-service's events to the real broker, as catalog would, after checking each one
 * against catalog-service's own JSON Schema (read from ../catalog-service, the producer's file).
 */
public final class CatalogEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("../catalog-service/src/main/resources/events");
    /** Only while catalog-service has not written its schemas yet: -Dally.test.allow-missing-catalog-schemas=true. */
    private static final boolean ALLOW_MISSING = Boolean.getBoolean("ally.test.allow-missing-catalog-schemas");
    private static KafkaProducer<String, String> producer;

    private CatalogEvents() {
    }

    /** A style as catalog publishes it: one colourway "Black Suede" at $195, sizes 7, 7.5, 8 in MEDIUM and WIDE. */
    public static TestStyle style() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        return new TestStyle(UUID.randomUUID(), "test-flat-" + code.toLowerCase(), UUID.randomUUID(), code, 19500);
    }

    public record TestStyle(UUID id, String slug, UUID colourwayId, String code, long price) {

        public String sku(String size, String width) {
            String sizeCode = String.format("%03d", new BigDecimal(size).multiply(BigDecimal.TEN).intValue());
            String widthCode = switch (width) {
                case "NARROW" -> "N";
                case "WIDE" -> "W";
                case "EXTRA_WIDE" -> "XW";
                default -> "M";
            };
            return code + "-BLKSUE-" + sizeCode + "-" + widthCode;
        }

        public String name() {
            return "The Test Flat " + code;
        }

        public ObjectNode snapshot(String status) {
            ObjectNode style = JSON.createObjectNode();
            style.put("id", id.toString());
            style.put("slug", slug);
            style.put("name", name());
            style.put("description", "A pointed flat with arch support, for tests.");
            style.put("category", "FLAT");
            style.put("heelHeightInches", 0.6);
            style.put("toeShape", "POINTED");
            style.putArray("comfortFeatures").add("ARCH_SUPPORT").add("METATARSAL_SUPPORT").add("SUEDE_LINING");
            style.putArray("upperMaterials").add("SUEDE");
            style.put("status", status);
            style.putArray("collections").add("forever-flats");
            ObjectNode colourway = style.putArray("colourways").addObject();
            colourway.put("id", colourwayId.toString());
            colourway.put("code", "BLKSUE");
            colourway.put("name", "Black Suede");
            colourway.put("colour", "BLACK");
            colourway.put("material", "SUEDE");
            money(colourway.putObject("price"), price);
            colourway.putNull("compareAtPrice");
            ObjectNode image = colourway.putArray("images").addObject();
            image.put("url", "https://images.ally.example/" + slug + "/black-suede.jpg");
            image.put("alt", "Black suede pointed flat");
            ArrayNode skus = colourway.putArray("skus");
            for (String size : List.of("7", "7.5", "8")) {
                for (String width : List.of("MEDIUM", "WIDE")) {
                    ObjectNode sku = skus.addObject();
                    sku.put("sku", sku(size, width));
                    sku.put("size", new BigDecimal(size));
                    sku.put("width", width);
                    sku.put("available", 12);
                    sku.put("availability", "IN_STOCK");
                }
            }
            style.put("updatedAt", now());
            return style;
        }
    }

    public static void publishStyle(TestStyle style) {
        publish("catalog.style", style.id().toString(), "ally.catalog.style.published.v1", style.snapshot("ACTIVE"));
    }

    public static void retireStyle(TestStyle style) {
        publish("catalog.style", style.id().toString(), "ally.catalog.style.retired.v1", style.snapshot("RETIRED"));
    }

    public static ObjectNode priceChanged(TestStyle style, long newPrice, long previous) {
        ObjectNode data = JSON.createObjectNode();
        data.put("styleId", style.id().toString());
        data.put("styleSlug", style.slug());
        data.put("colourwayId", style.colourwayId().toString());
        money(data.putObject("price"), newPrice);
        data.putNull("compareAtPrice");
        money(data.putObject("previousPrice"), previous);
        return envelope("ally.catalog.style.price-changed.v1", style.id().toString(), data);
    }

    public static void availabilityChanged(TestStyle style, String sku, String size, String width, int available,
            String availability, String previous) {
        ObjectNode data = JSON.createObjectNode();
        data.put("sku", sku);
        data.put("styleId", style.id().toString());
        data.put("styleSlug", style.slug());
        data.put("colourwayId", style.colourwayId().toString());
        data.put("size", new BigDecimal(size));
        data.put("width", width);
        data.put("available", available);
        data.put("availability", availability);
        data.put("previousAvailability", previous);
        publish("catalog.inventory", sku, "ally.catalog.inventory.availability-changed.v1", data);
    }

    /** stock-reserved for an order: reservationId = orderId. Returns the event, to send again as a duplicate. */
    public static ObjectNode stockReserved(String orderId, String kind, String reservationId, List<String[]> skuAndQuantity) {
        ObjectNode data = JSON.createObjectNode();
        data.put("reservationId", reservationId);
        data.put("orderId", orderId);
        data.put("kind", kind);
        ArrayNode lines = data.putArray("lines");
        for (String[] line : skuAndQuantity) {
            lines.addObject().put("sku", line[0]).put("quantity", Integer.parseInt(line[1]));
        }
        return envelope("ally.catalog.reservation.stock-reserved.v1", reservationId, data);
    }

    public static ObjectNode stockRejected(String orderId, String sku, int requested, int available) {
        ObjectNode data = JSON.createObjectNode();
        data.put("reservationId", orderId);
        data.put("orderId", orderId);
        data.put("kind", "ORDER");
        data.putArray("unavailable").addObject().put("sku", sku).put("requested", requested).put("available", available);
        return envelope("ally.catalog.reservation.stock-reservation-rejected.v1", orderId, data);
    }

    public static ObjectNode envelope(String type, String subject, JsonNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/catalog-service");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", now());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    public static void publish(String topic, String key, String type, JsonNode data) {
        send(topic, key, envelope(type, key, data));
    }

    /** Sends an event exactly as given (the same id twice is a duplicate delivery), after validating it. */
    public static synchronized void send(String topic, String key, ObjectNode event) {
        assertMatchesCatalogSchema(event);
        String prefix = ConfigProvider.getConfig().getOptionalValue("ally.topic-prefix", String.class).orElse("");
        try {
            producer().send(new ProducerRecord<>(prefix + topic, key, JSON.writeValueAsString(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + prefix + topic, e);
        }
    }

    public static void assertMatchesCatalogSchema(JsonNode event) {
        Path file = SCHEMAS.resolve(event.path("type").asText() + ".json");
        if (!Files.exists(file)) {
            if (ALLOW_MISSING) {
                return;
            }
            fail("catalog-service's schema " + file.toAbsolutePath().normalize() + " does not exist yet: contract.md says "
                    + "catalog-service writes one per event type it produces; this consumer test validates its events against it");
        }
        try {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(file)).validate(event);
            assertThat(errors).as("the test's %s event against catalog-service's schema", event.path("type").asText()).isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void money(ObjectNode node, long amount) {
        node.put("amount", amount);
        node.put("currency", "USD");
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** One reserved line, for {@link #stockReserved}. */
    public static List<String[]> line(String sku, int quantity) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {sku, Integer.toString(quantity)});
        return lines;
    }
}
