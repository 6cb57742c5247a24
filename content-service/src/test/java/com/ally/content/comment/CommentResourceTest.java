package com.ally.content.comment;

import java.util.HashMap;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CommentResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> comment(String body) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("name", "Priya");
        comment.put("email", "priya@example.com");
        comment.put("body", body);
        comment.put("website", "");
        return comment;
    }

    private static String submit(String slug, Map<String, Object> comment) {
        return given().contentType("application/json").body(Fixtures.json(comment))
                .when().post("/posts/" + slug + "/comments")
                .then().statusCode(202).body("id", notNullValue()).extract().path("id");
    }

    private static Comment stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Comment.<Comment>findById(UUID.fromString(id)));
    }

    @Test
    void aCommentIsPublicOnlyOnceApproved() {
        String slug = Fixtures.publishedPost().get("slug");
        String body = "Wore mine <b>all day</b> & no blisters " + UUID.randomUUID();
        String id = submit(slug, comment(body));
        given().when().get("/posts/" + slug + "/comments").then().statusCode(200).body("items", empty());
        given().auth().oauth2(Tokens.moderator()).when().get("/admin/comments?status=PENDING&limit=100")
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.email", equalTo("priya@example.com"))
                .body("items.find { it.id == '" + id + "' }.allowedTransitions", contains("APPROVED", "REJECTED", "SPAM"));
        given().auth().oauth2(Tokens.moderator()).when().post("/admin/comments/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("moderatedBy", equalTo("moderator-mo"));
        given().when().get("/posts/" + slug + "/comments")
                .then().statusCode(200).body("items.id", contains(id))
                .body("items[0].body", equalTo(body))
                .body("items[0].bodyHtml", equalTo("<p>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"))
                .body("items[0]", not(hasKey("email")));
        given().auth().oauth2(Tokens.moderator()).contentType("application/json").body("{\"target\": \"REJECTED\"}")
                .when().post("/admin/comments/" + id + "/transitions").then().statusCode(200).body("status", equalTo("REJECTED"));
        given().when().get("/posts/" + slug + "/comments").then().statusCode(200).body("items", empty());
        given().auth().oauth2(Tokens.moderator()).when().post("/admin/comments/" + id + "/approve")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void rejectedAndSpamCommentsStayHidden() {
        String slug = Fixtures.publishedPost().get("slug");
        String rejected = submit(slug, comment("Not for the blog " + UUID.randomUUID()));
        String spam = submit(slug, comment("Meh " + UUID.randomUUID()));
        given().auth().oauth2(Tokens.moderator()).when().post("/admin/comments/" + rejected + "/reject").then().statusCode(200);
        given().auth().oauth2(Tokens.moderator()).when().post("/admin/comments/" + spam + "/spam")
                .then().statusCode(200).body("status", equalTo("SPAM"));
        given().when().get("/posts/" + slug + "/comments").then().statusCode(200).body("items", empty());
        given().auth().oauth2(Tokens.moderator()).when().get("/admin/comments?status=SPAM&limit=100")
                .then().statusCode(200).body("items.id", hasItem(spam));
    }

    @Test
    void aStaleModerationIs412() {
        String slug = Fixtures.publishedPost().get("slug");
        String id = submit(slug, comment("Two moderators at once " + UUID.randomUUID()));
        given().auth().oauth2(Tokens.moderator()).header("If-Match", "\"0\"").when().post("/admin/comments/" + id + "/approve")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.moderator()).header("If-Match", "\"0\"").when().post("/admin/comments/" + id + "/spam")
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
    }

    @Test
    void theSpamRulesSendCommentsStraightToSpam() {
        String slug = Fixtures.publishedPost().get("slug");
        Map<String, Object> honeypot = comment("Lovely " + UUID.randomUUID());
        honeypot.put("website", "http://bot.example");
        Map<String, Object> links = comment("See https://a.example https://b.example https://c.example " + UUID.randomUUID());
        Map<String, Object> word = comment("Best CASINO in town " + UUID.randomUUID());
        String repeatedBody = "Same words again " + UUID.randomUUID();

        assertThat(stored(submit(slug, honeypot)).spamReason).isEqualTo(SpamRules.Reason.HONEYPOT);
        assertThat(stored(submit(slug, links)).spamReason).isEqualTo(SpamRules.Reason.TOO_MANY_LINKS);
        assertThat(stored(submit(slug, word)).spamReason).isEqualTo(SpamRules.Reason.BLOCKED_WORD);
        Comment first = stored(submit(slug, comment(repeatedBody)));
        assertThat(first.status).isEqualTo(CommentStatus.PENDING);
        Comment repeat = stored(submit(slug, comment(repeatedBody.toUpperCase() + "!!")));
        assertThat(repeat.status).isEqualTo(CommentStatus.SPAM);
        assertThat(repeat.spamReason).isEqualTo(SpamRules.Reason.REPEATED_BODY);
    }

    @Test
    void badCommentsAreProblemsNamingTheFieldAndStoreNothing() {
        String slug = Fixtures.publishedPost().get("slug");
        long before = QuarkusTransaction.requiringNew().call(() -> Comment.count());
        given().contentType("application/json").body(Fixtures.json(comment("")))
                .when().post("/posts/" + slug + "/comments")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body(Fixtures.json(comment("x".repeat(5001))))
                .when().post("/posts/" + slug + "/comments")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        Map<String, Object> badEmail = comment("Fine");
        badEmail.put("email", "not-an-email");
        given().contentType("application/json").body(Fixtures.json(badEmail))
                .when().post("/posts/" + slug + "/comments")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("email"));
        Map<String, Object> noName = comment("Fine");
        noName.remove("name");
        given().contentType("application/json").body(Fixtures.json(noName))
                .when().post("/posts/" + slug + "/comments")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Comment.count())).isEqualTo(before);
    }

    @Test
    void draftsAndUnknownPostsTakeNoComments() {
        String draftSlug = Fixtures.unique("draft");
        Fixtures.draft(Fixtures.post(draftSlug, Fixtures.author("Sam", "CEO")));
        given().contentType("application/json").body(Fixtures.json(comment("Early bird")))
                .when().post("/posts/" + draftSlug + "/comments")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().contentType("application/json").body(Fixtures.json(comment("Hello")))
                .when().post("/posts/no-such-post/comments").then().statusCode(404);
        given().when().get("/posts/" + draftSlug + "/comments").then().statusCode(404);
    }

    @Test
    void moderationNeedsAModerator() {
        given().when().get("/admin/comments").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2(Tokens.editor()).when().get("/admin/comments").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.customer()).when().post("/admin/comments/" + UUID.randomUUID() + "/approve")
                .then().statusCode(403);
        given().when().post("/admin/comments/" + UUID.randomUUID() + "/reject").then().statusCode(401);
        given().when().post("/admin/comments/" + UUID.randomUUID() + "/spam").then().statusCode(401);
        given().auth().oauth2(Tokens.editor()).when().post("/admin/comments/" + UUID.randomUUID() + "/spam").then().statusCode(403);
        given().contentType("application/json").body("{\"target\": \"APPROVED\"}")
                .when().post("/admin/comments/" + UUID.randomUUID() + "/transitions").then().statusCode(401);
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body("{\"target\": \"APPROVED\"}")
                .when().post("/admin/comments/" + UUID.randomUUID() + "/transitions").then().statusCode(403);
        given().auth().oauth2(Tokens.moderator()).contentType("application/json").body("{\"target\": \"WHATEVER\"}")
                .when().post("/admin/comments/" + UUID.randomUUID() + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("target"));
        given().auth().oauth2(Tokens.moderator()).when().post("/admin/comments/" + UUID.randomUUID() + "/approve")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
