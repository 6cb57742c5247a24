package com.ally.fit.inbox;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theTypeIsReadWhereverItStandsAndWhateverComesBeforeIt() {
        String event = """
                {"data": {"type": "not this one", "lines": [{"type": "nor this"}]}, "specversion": "1.0",
                 "id": "0b6f2c3e-8f4e-4a57-9a71-2f7c8b1d6e10", "type": "ally.orders.order.delivered.v1"}""";
        assertThat(IncomingEvent.typeOf(json, event)).isEqualTo("ally.orders.order.delivered.v1");
        assertThat(IncomingEvent.parse(json, event).type()).isEqualTo("ally.orders.order.delivered.v1");
    }

    @Test
    void aRecordThatIsNotAnEventHasNoType() {
        assertThat(IncomingEvent.typeOf(json, "not json {")).isNull();
        assertThat(IncomingEvent.typeOf(json, "[\"type\"]")).isNull();
        assertThat(IncomingEvent.typeOf(json, "{\"type\": 5}")).isNull();
        assertThat(IncomingEvent.typeOf(json, "{\"id\": \"x\"}")).isNull();
        assertThatThrownBy(() -> IncomingEvent.parse(json, "not json {")).isInstanceOf(IllegalArgumentException.class);
    }
}
