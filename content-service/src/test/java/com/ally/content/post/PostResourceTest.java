package com.ally.content.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.content.support.Fixtures;
import com.ally.content.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PostResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static long postsWithSlug(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Post.count("slug", slug));
    }

    @Test
    void anEditorWritesADraftThatThePublicCannotSee() {
        String slug = Fixtures.unique("draft");
        String author = Fixtures.author("Sara", "Head Designer");
        Map<String, Object> body = Fixtures.post(slug, author);
        body.put("body", "## Lift\n\nHello <script>alert('x')</script><img src=\"https://x.example/a.jpg\" onerror=\"alert(1)\">");
        String id = given().auth().oauth2(Tokens.editor()).contentType("application/json").body(Fixtures.json(body))
                .when().post("/admin/posts")
                .then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/admin/posts/")).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("allowedTransitions", equalTo(List.of("SCHEDULED", "PUBLISHED")))
                .body("body.markdown", containsString("<script>"))
                .body("body.html", containsString("<h2>Lift</h2>"))
                .body("body.html", not(containsString("<script")))
                .body("body.html", not(containsString("onerror")))
                .body("authors[0].name", equalTo("Sara")).body("authors[0].role", equalTo("Head Designer"))
                .body("heroImage.alt", equalTo("A shoe"))
                .extract().path("id");
        given().when().get("/posts/" + slug).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("slug", equalTo(slug));
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts?status=DRAFT&limit=100")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void publishingMakesItPublicAndArchivingHidesIt() {
        String slug = Fixtures.unique("pub");
        String id = Fixtures.draft(Fixtures.post(slug, Fixtures.author("Sam", "CEO")));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body("{\"target\": \"PUBLISHED\"}")
                .when().post("/admin/posts/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("allowedTransitions", equalTo(List.of("ARCHIVED"))).body("publishedAt", notNullValue());
        String etag = given().when().get("/posts/" + slug)
                .then().statusCode(200).header("Cache-Control", containsString("max-age"))
                .body("title", equalTo("Walking all day in " + slug)).body("status", equalTo("PUBLISHED"))
                .body("body.html", containsString("<strong>arch support</strong>"))
                .body("url", equalTo("https://www.ally.example/blog/" + slug))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/posts/" + slug).then().statusCode(304);
        Fixtures.transition(id, "ARCHIVED");
        given().when().get("/posts/" + slug).then().statusCode(404);
    }

    @Test
    void anIllegalTransitionIs409() {
        String id = Fixtures.draft(Fixtures.post(Fixtures.unique("ill"), Fixtures.author("Sam", "CEO")));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body("{\"target\": \"ARCHIVED\"}")
                .when().post("/admin/posts/" + id + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("errors[0].field", equalTo("target"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body("{\"target\": \"SCHEDULED\"}")
                .when().post("/admin/posts/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("publishAt"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body("{\"target\": \"GONE\"}")
                .when().post("/admin/posts/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("target"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body("{\"target\": \"PUBLISHED\"}")
                .when().post("/admin/posts/" + UUID.randomUUID() + "/transitions")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String slug = Fixtures.unique("bad");
        String author = Fixtures.author("Sam", "CEO");
        Map<String, Object> noTitle = Fixtures.post(slug, author);
        noTitle.remove("title");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(Fixtures.json(noTitle))
                .when().post("/admin/posts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("title"));

        Map<String, Object> huge = Fixtures.post(slug, author);
        huge.put("body", "a".repeat(200 * 1024 + 1));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(Fixtures.json(huge))
                .when().post("/admin/posts")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE")).body("errors[0].field", equalTo("body"));

        Map<String, Object> unknownAuthor = Fixtures.post(slug, author);
        unknownAuthor.put("authors", List.of(author, "nobody-at-all"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(Fixtures.json(unknownAuthor))
                .when().post("/admin/posts")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_AUTHOR")).body("errors[0].field", equalTo("authors[1]"));

        Map<String, Object> badHero = Fixtures.post(slug, author);
        badHero.put("heroImage", Map.of("url", "ftp://x", "alt", ""));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(Fixtures.json(badHero))
                .when().post("/admin/posts")
                .then().statusCode(400).body("errors.field", hasItem("heroImage.url")).body("errors.field", hasItem("heroImage.alt"));

        given().auth().oauth2(Tokens.editor()).contentType("application/json").body("{\"slug\": \"x\", \"nonsense\": 1}")
                .when().post("/admin/posts")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
        assertThat(postsWithSlug(slug)).isZero();
    }

    @Test
    void aDuplicateSlugIs409() {
        String slug = Fixtures.unique("dup");
        String author = Fixtures.author("Sam", "CEO");
        Fixtures.draft(Fixtures.post(slug, author));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(Fixtures.json(Fixtures.post(slug, author)))
                .when().post("/admin/posts")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_SLUG")).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void writesNeedAContentEditor() {
        String body = Fixtures.json(Fixtures.post(Fixtures.unique("auth"), "someone"));
        given().contentType("application/json").body(body).when().post("/admin/posts")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2(Tokens.customer()).contentType("application/json").body(body).when().post("/admin/posts")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.moderator()).when().get("/admin/posts").then().statusCode(403);
        given().when().get("/admin/posts/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.customer()).contentType("application/json").body("{\"target\": \"PUBLISHED\"}")
                .when().post("/admin/posts/" + UUID.randomUUID() + "/transitions").then().statusCode(403);
        given().auth().oauth2(Tokens.customer()).when().get("/admin/posts/" + UUID.randomUUID() + "/preview-link")
                .then().statusCode(403);
        given().when().get("/admin/posts/" + UUID.randomUUID() + "/preview-link").then().statusCode(401);
        given().contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/admin/posts/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.moderator()).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/admin/posts/" + UUID.randomUUID()).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().contentType("application/json").body("{\"target\": \"PUBLISHED\"}")
                .when().post("/admin/posts/" + UUID.randomUUID() + "/transitions").then().statusCode(401);
        given().when().get("/admin/posts").then().statusCode(401);
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        String slug = Fixtures.unique("upd");
        Map<String, Object> body = Fixtures.post(slug, Fixtures.author("Sam", "CEO"));
        String id = Fixtures.draft(body);
        body.put("title", "A better title");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(Fixtures.json(body))
                .when().put("/admin/posts/" + id)
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Fixtures.json(body))
                .when().put("/admin/posts/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("A better title"))
                .body("version", equalTo(1));
        body.put("title", "A stale title");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Fixtures.json(body))
                .when().put("/admin/posts/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"target\": \"PUBLISHED\"}")
                .when().post("/admin/posts/" + id + "/transitions").then().statusCode(412);
    }

    @Test
    void aPublishedPostKeepsItsSlug() {
        String slug = Fixtures.unique("frozen");
        Map<String, Object> body = Fixtures.post(slug, Fixtures.author("Sam", "CEO"));
        Map<String, String> post = Fixtures.published(body);
        body.put("slug", Fixtures.unique("renamed"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header("If-Match", "\"1\"")
                .body(Fixtures.json(body))
                .when().put("/admin/posts/" + post.get("id"))
                .then().statusCode(409).body("code", equalTo("SLUG_FROZEN"));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String slug = Fixtures.unique("idem");
        String key = UUID.randomUUID().toString();
        String body = Fixtures.json(Fixtures.post(slug, Fixtures.author("Sam", "CEO")));
        String id = given().auth().oauth2(Tokens.editor()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).when().post("/admin/posts")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).when().post("/admin/posts")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", containsString("/admin/posts/" + id)).body("id", equalTo(id));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header("Idempotency-Key", key)
                .body(body.replace("Walking", "Running")).when().post("/admin/posts")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(postsWithSlug(slug)).isEqualTo(1);
    }

    @Test
    void aSignedPreviewLinkShowsADraftUntilItExpires() {
        String slug = Fixtures.unique("preview");
        String id = Fixtures.draft(Fixtures.post(slug, Fixtures.author("Sam", "CEO")));
        String url = given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + id + "/preview-link?ttl=PT1H")
                .then().statusCode(200).body("expiresAt", notNullValue()).extract().path("url");
        String query = url.substring(url.indexOf('?'));
        given().when().get("/posts/" + slug + "/preview" + query)
                .then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("status", equalTo("DRAFT")).body("slug", equalTo(slug));

        String expires = query.replaceAll(".*expires=(\\d+).*", "$1");
        String signature = query.replaceAll(".*signature=([^&]+).*", "$1");
        given().queryParam("expires", Long.parseLong(expires) + 60).queryParam("signature", signature)
                .when().get("/posts/" + slug + "/preview")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("PREVIEW_SIGNATURE_INVALID"));
        given().when().get("/posts/" + slug + "/preview")
                .then().statusCode(401).body("code", equalTo("PREVIEW_LINK_REQUIRED"));
        long past = Instant.now().minusSeconds(60).getEpochSecond();
        String pastSignature = new PreviewSigner("local-preview-secret-not-for-production").sign(UUID.fromString(id), past);
        given().queryParam("expires", past).queryParam("signature", pastSignature)
                .when().get("/posts/" + slug + "/preview")
                .then().statusCode(401).body("code", equalTo("PREVIEW_LINK_EXPIRED"));
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + id + "/preview-link?ttl=P30D")
                .then().statusCode(400).body("errors[0].field", equalTo("ttl"));
    }

    @Test
    void theAdminListPages() {
        String author = Fixtures.author("Sam", "CEO");
        for (int i = 0; i < 3; i++) {
            Fixtures.draft(Fixtures.post(Fixtures.unique("page"), author));
        }
        String cursor = given().auth().oauth2(Tokens.editor()).when().get("/admin/posts?limit=2")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts?limit=2&cursor=" + cursor)
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts?limit=0")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
