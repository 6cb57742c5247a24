package com.ally.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static com.ally.e2e.Stack.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input and access control on every operation of the four OpenAPI documents, against each
 * service's own port (the gateway's rate limits would otherwise answer first): each answer is a 4xx
 * problem+json and gives away no stack trace, SQL or class name.
 */
class HostileInputTest {

    static final Map<String, String> SERVICES = Map.of("catalog", "http://127.0.0.1:8081", "fit", "http://127.0.0.1:8082",
            "orders", "http://127.0.0.1:8083", "content", "http://127.0.0.1:8084");
    static final List<String> ROLES = List.of("customer", "catalog-admin", "content-editor", "moderator", "ops");
    static final String NESTED = "[".repeat(20_000) + "]".repeat(20_000);

    record Operation(String service, String base, String method, String path, boolean hasBody, boolean secured,
            List<String> roles) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + service + path;
        }
    }

    static Stream<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        SERVICES.forEach((service, base) -> {
            JsonPath doc = at(base).when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
            Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
            paths.forEach((path, methods) -> methods.forEach((method, op) -> {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    return;
                }
                List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) op.get("security");
                List<String> roles = security == null ? List.of()
                        : security.stream().flatMap(s -> s.values().stream()).flatMap(List::stream).toList();
                String concrete = path.replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
                all.add(new Operation(service, base, method, concrete, op.containsKey("requestBody"),
                        security != null && !security.isEmpty(), roles));
            }));
        });
        return all.stream();
    }

    static Stream<Operation> withBody() {
        return operations().filter(Operation::hasBody);
    }

    static Stream<Operation> secured() {
        return operations().filter(Operation::secured);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void hostileBodiesAreProblems(Operation op) {
        String token = Gateway.token(op.roles().isEmpty() ? "customer" : op.roles().get(0), "hostile");
        List<Object[]> cases = List.of(
                new Object[] {"application/json", "{\"name\": "},
                new Object[] {"application/json", NESTED},
                new Object[] {"application/json", "{\"unknownField\": 1, \"quantity\": 99999999999999999999999}"},
                new Object[] {"application/json", "{\"name\": \"'; drop table orders; --\", \"slug\": \"<script>alert(1)</script>\","
                        + " \"body\": \"\\u0000\\ud83d\\ude00 \\u202e\", \"quantity\": -2147483649}"},
                new Object[] {"text/plain", "name=x"});
        for (Object[] c : cases) {
            Response answer = at(op.base()).auth().oauth2(token).contentType((String) c[0]).body((String) c[1])
                    .request(op.method(), op.path());
            assertProblem(op, answer, 400, 499);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secured")
    void securedOperationsRefuseMissingForgedExpiredAndWrongRoleTokens(Operation op) {
        assertProblem(op, at(op.base()).contentType("application/json").body("{}").request(op.method(), op.path()), 401, 401);
        String real = Gateway.token(op.roles().isEmpty() ? "customer" : op.roles().get(0), "hostile");
        String[] parts = real.split("\\.");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String tampered = parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[", "\"groups\":[\"ops\",\"catalog-admin\",")) + "." + parts[2];
        for (String forged : List.of(none, tampered, "not-a-jwt")) {
            assertProblem(op, at(op.base()).auth().oauth2(forged).contentType("application/json").body("{}")
                    .request(op.method(), op.path()), 401, 401);
        }
        if (!op.roles().isEmpty()) {
            for (String role : ROLES) {
                if (!op.roles().contains(role)) {
                    assertProblem(op, at(op.base()).auth().oauth2(Gateway.token(role, "hostile")).contentType("application/json")
                            .body("{}").request(op.method(), op.path()), 403, 403);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void hugePagesAreRefused(Operation op) {
        if (!op.method().equals("get") || op.path().contains("00000000-")) {
            return;
        }
        String token = Gateway.token(op.roles().isEmpty() ? "customer" : op.roles().get(0), "hostile");
        Response answer = at(op.base()).auth().oauth2(token).queryParam("limit", "100000000000").request("get", op.path());
        if (answer.statusCode() >= 400) {
            assertProblem(op, answer, 400, 499);
        }
    }

    private static void assertProblem(Operation op, Response answer, int min, int max) {
        String body = answer.asString();
        assertThat(answer.statusCode()).as(op + " answered " + body).isBetween(min, max);
        assertThat(answer.contentType()).as(op + " content type").startsWith("application/problem+json");
        assertThat(body).as(op + " leaks internals").doesNotContain("Exception", "\tat ", "org.hibernate", "SQL", "java.");
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
