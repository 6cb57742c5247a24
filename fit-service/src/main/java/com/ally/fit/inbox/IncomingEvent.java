package com.ally.fit.inbox;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A CloudEvent as read off Kafka. Unknown attributes are ignored, as the event contract promises
 * consumers; {@code data} stays a tree for the handler of its type to read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncomingEvent(String specversion, UUID id, String source, String type, String subject, String time,
        String requestid, JsonNode data) {

    public static IncomingEvent parse(ObjectMapper json, String payload) {
        try {
            IncomingEvent event = json.readValue(payload, IncomingEvent.class);
            if (event.id() == null || event.type() == null) {
                throw new IllegalArgumentException("Not a CloudEvent: id and type are required");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a CloudEvent: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The event's type, read without building the rest: on a busy topic most events are skipped on
     * their type alone. Null when the record is not a JSON object with a string {@code type}.
     */
    public static String typeOf(ObjectMapper json, String payload) {
        try (JsonParser parser = json.getFactory().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
