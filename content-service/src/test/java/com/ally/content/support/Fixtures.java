package com.ally.content.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;

/** Small builders of test data through the API: unique slugs per call, so tests never share state. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an author and returns its slug. */
    public static String author(String name, String role) {
        String slug = unique("author");
        given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .body(Map.of("slug", slug, "name", name, "role", role, "bio", "Writes about shoes."))
                .when().post("/admin/authors").then().statusCode(201);
        return slug;
    }

    /** A post request body, editable before sending. */
    public static Map<String, Object> post(String slug, String authorSlug) {
        return new java.util.LinkedHashMap<>(Map.of(
                "slug", slug,
                "title", "Walking all day in " + slug,
                "excerpt", "A short look at " + slug,
                "body", "## Comfort first\n\nA pointed toe with **arch support**.",
                "heroImage", Map.of("url", "https://images.ally.example/" + slug + ".jpg", "alt", "A shoe", "caption", "New"),
                "authors", List.of(authorSlug),
                "tags", List.of("flats"),
                "styleSlugs", List.of(),
                "collectionSlugs", List.of()));
    }

    /** Creates a DRAFT and returns its id. */
    public static String draft(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.editor()).contentType("application/json").body(json(body))
                .when().post("/admin/posts").then().statusCode(201).extract().path("id");
    }

    public static void transition(String id, String target) {
        given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .body("{\"target\": \"" + target + "\"}")
                .when().post("/admin/posts/" + id + "/transitions").then().statusCode(200);
    }

    public static void schedule(String id, Instant at) {
        given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .body("{\"target\": \"SCHEDULED\", \"publishAt\": \"" + at + "\"}")
                .when().post("/admin/posts/" + id + "/transitions").then().statusCode(200);
    }

    /** A published post with a fresh author; returns {id, slug}. */
    public static Map<String, String> published(Map<String, Object> body) {
        String id = draft(body);
        transition(id, "PUBLISHED");
        return Map.of("id", id, "slug", (String) body.get("slug"));
    }

    public static Map<String, String> publishedPost() {
        String slug = unique("post");
        return published(post(slug, author("Sara", "Head Designer")));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
