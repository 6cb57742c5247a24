package com.ally.orders.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking: a signed-in customer (the JWT {@code sub}), or a guest who proves ownership with
 * an opaque token. Only hashes of guest tokens are stored, so a leaked database grants nothing.
 */
@RequestScoped
public class Caller {

    public static final String CUSTOMER = "customer";
    public static final String OPS = "ops";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The customer's id when a customer token came with the request. */
    public Optional<String> customerId() {
        if (identity.isAnonymous() || !identity.hasRole(CUSTOMER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.getSubject());
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a presented token with a stored hash. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8));
    }
}
