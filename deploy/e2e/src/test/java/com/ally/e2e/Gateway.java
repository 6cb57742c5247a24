package com.ally.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The running stack, reached only through the gateway; tokens from deploy/local/token. */
final class Gateway {

    static final String BASE = System.getProperty("ally.gateway", "http://127.0.0.1:8080");
    static final Path REPO = Path.of(System.getProperty("ally.repo", "../.."));

    static {
        RestAssured.baseURI = BASE;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Gateway() {
    }

    static RequestSpecification api() {
        return RestAssured.given().baseUri(BASE);
    }

    static String token(String role, String subject) {
        try {
            Process process = new ProcessBuilder(REPO.resolve("deploy/local/token").toString(), role, subject)
                    .redirectErrorStream(false).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException("deploy/local/token failed for role " + role);
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
