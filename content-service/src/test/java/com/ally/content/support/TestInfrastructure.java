package com.ally.content.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What every test run needs from the real world: a fresh PostgreSQL database and a JWT key pair
 * made for this run only. The Kafka broker is the real local one (deploy/local/test starts it).
 */
@QuarkusTestResource(TestInfrastructure.class)
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "content_test";
    static final Path KEYS = Path.of("target", "test-jwt");

    @Override
    public Map<String, String> start() {
        freshDatabase();
        Path publicKey = generateKeys();
        return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
    }

    @Override
    public void stop() {
    }

    private static void freshDatabase() {
        String url = System.getProperty("ally.test.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is needed for the tests: " + e.getMessage(), e);
        }
    }

    private static Path generateKeys() {
        try {
            Files.createDirectories(KEYS);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path publicKey = KEYS.resolve("public.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(KEYS.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            return publicKey.toAbsolutePath();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + kind + "-----\n";
    }
}
