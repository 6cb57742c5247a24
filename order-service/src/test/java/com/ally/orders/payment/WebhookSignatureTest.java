package com.ally.orders.payment;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"eventId\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsHmacSha256OfTheRawBodyInHex() {
        // Reference value: printf '{"eventId":"evt_1"}' | openssl dgst -sha256 -hmac secret
        assertThat(WebhookSignature.sign("secret", BODY))
                .isEqualTo("sha256=f8b585940a77d898f7ea25a4b8461313a71bba399dd701c67163c1687e06b3df");
        assertThat(WebhookSignature.valid("secret", BODY, WebhookSignature.sign("secret", BODY))).isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        String good = WebhookSignature.sign("secret", BODY);
        assertThat(WebhookSignature.valid("secret", BODY, null)).isFalse();
        assertThat(WebhookSignature.valid("secret", BODY, good.substring("sha256=".length()))).isFalse();
        assertThat(WebhookSignature.valid("other", BODY, good)).isFalse();
        assertThat(WebhookSignature.valid("secret", "{}".getBytes(StandardCharsets.UTF_8), good)).isFalse();
        assertThat(WebhookSignature.valid("secret", BODY, "sha256=" + "0".repeat(64))).isFalse();
        assertThat(WebhookSignature.valid("secret", BODY, good.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
    }
}
