package com.ally.fit.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events our tests publish must be ones their producer could send: each is validated against the
 * producer's own JSON Schema file, read from its module next to ours (the tests run in fit-service/).
 */
public final class ProducerSchemas {

    private static final Map<String, String> PRODUCER = Map.of(
            "ally.catalog.", "catalog-service",
            "ally.orders.", "order-service");

    private ProducerSchemas() {
    }

    public static void assertValid(JsonNode event) {
        String type = event.path("type").asText();
        String producer = PRODUCER.entrySet().stream().filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("No known producer for event type " + type));
        Path file = Path.of("..", producer, "src", "main", "resources", "events", type + ".json");
        if (!Files.exists(file)) {
            throw new AssertionError("The producer's schema " + file + " is missing: " + producer
                    + " must publish the JSON Schema of " + type + " (event contract); this consumer test validates against it");
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            Set<ValidationMessage> errors = schema.validate(event);
            assertThat(errors).as("%s against %s", type, file).isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
