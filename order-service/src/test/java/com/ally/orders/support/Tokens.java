package com.ally.orders.support;

import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Signed JWTs for tests, from the key pair {@link TestInfrastructure} made for this run. */
public final class Tokens {

    public static final String ISSUER = "https://auth.ally.example";

    private Tokens() {
    }

    public static String of(String role, String subject) {
        return Jwt.issuer(ISSUER).subject(subject).audience("ally").groups(Set.of(role)).expiresIn(3600)
                .jws().keyId("test").sign(privateKey());
    }

    public static String ops() {
        return of("ops", "ops-ada");
    }

    public static String customer(String subject) {
        return of("customer", subject);
    }

    private static PrivateKey privateKey() {
        try {
            String pem = Files.readString(TestInfrastructure.KEYS.resolve("private.pem"))
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
