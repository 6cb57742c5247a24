package com.ally.content.post;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ally.content.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreviewSignerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final PreviewSigner signer = new PreviewSigner("a-secret-of-enough-length");
    private final UUID post = UUID.randomUUID();

    @Test
    void aFreshLinkIsAccepted() {
        long expires = NOW.plusSeconds(60).getEpochSecond();
        assertThatCode(() -> signer.verify(post, Long.toString(expires), signer.sign(post, expires), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void anExpiredLinkIs401() {
        long expires = NOW.minusSeconds(1).getEpochSecond();
        assertThatThrownBy(() -> signer.verify(post, Long.toString(expires), signer.sign(post, expires), NOW))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(401))
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("PREVIEW_LINK_EXPIRED"));
    }

    @Test
    void aLinkForAnotherPostOrAnotherExpiryIs403() {
        long expires = NOW.plusSeconds(60).getEpochSecond();
        String signature = signer.sign(post, expires);
        assertThatThrownBy(() -> signer.verify(UUID.randomUUID(), Long.toString(expires), signature, NOW))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(403));
        assertThatThrownBy(() -> signer.verify(post, Long.toString(expires + 3600), signature, NOW))
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("PREVIEW_SIGNATURE_INVALID"));
        assertThatThrownBy(() -> signer.verify(post, Long.toString(expires),
                new PreviewSigner("another-secret-of-length").sign(post, expires), NOW))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(403));
    }

    @Test
    void missingParametersAre401() {
        assertThatThrownBy(() -> signer.verify(post, null, null, NOW))
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("PREVIEW_LINK_REQUIRED"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new PreviewSigner("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
