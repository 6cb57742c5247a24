package com.ally.content.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.content.support.Fixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Each feed parsed as its readers would, and checked for what its specification requires. */
@QuarkusTest
class FeedResourceTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, String> newestPost() {
        Map<String, Object> body = Fixtures.post(Fixtures.unique("feed"), Fixtures.author("Dr. Clarke", "Chief Science Officer"));
        body.put("body", "Support <script>x()</script> matters & so does **style**.");
        return Fixtures.published(body);
    }

    private static Document xml(String path, String contentType) throws Exception {
        byte[] body = given().when().get(path).then().statusCode(200).contentType(contentType)
                .header("ETag", org.hamcrest.Matchers.notNullValue()).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String text(Element parent, String ns, String name) {
        NodeList nodes = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        assertThat(nodes.getLength()).as("<%s> in <%s>", name, parent.getLocalName()).isGreaterThan(0);
        return nodes.item(0).getTextContent();
    }

    private static Element child(Element parent, String ns, String name, String text) {
        NodeList nodes = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (text(e, ns, "title").equals(text)) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " titled " + text);
    }

    @Test
    void atomIsRfc4287() throws Exception {
        Map<String, String> post = newestPost();
        Document doc = xml("/feeds/atom", "application/atom+xml");
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, ATOM, "id")).isNotBlank();
        assertThat(text(feed, ATOM, "title")).isEqualTo("ALLY Journal");
        Instant.parse(text(feed, ATOM, "updated"));
        Element entry = child(feed, ATOM, "entry", "Walking all day in " + post.get("slug"));
        assertThat(text(entry, ATOM, "id")).isEqualTo("urn:uuid:" + post.get("id"));
        Instant.parse(text(entry, ATOM, "updated"));
        Instant.parse(text(entry, ATOM, "published"));
        assertThat(text(entry, ATOM, "name")).isEqualTo("Dr. Clarke");
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).endsWith("/" + post.get("slug"));
        Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).contains("<strong>style</strong>").doesNotContain("<script");
        boolean selfLink = false;
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element l = (Element) links.item(i);
            selfLink |= "self".equals(l.getAttribute("rel")) && l.getAttribute("href").endsWith("/feeds/atom");
        }
        assertThat(selfLink).isTrue();
    }

    @Test
    void rssIs20() throws Exception {
        Map<String, String> post = newestPost();
        Document doc = xml("/feeds/rss", "application/rss+xml");
        Element rss = doc.getDocumentElement();
        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertThat(text(channel, null, "title")).isEqualTo("ALLY Journal");
        assertThat(text(channel, null, "link")).startsWith("http");
        assertThat(text(channel, null, "description")).isNotBlank();
        Element item = child(channel, null, "item", "Walking all day in " + post.get("slug"));
        assertThat(text(item, null, "link")).endsWith("/" + post.get("slug"));
        assertThat(text(item, null, "guid")).isEqualTo("urn:uuid:" + post.get("id"));
        ZonedDateTime.parse(text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(text(item, "http://purl.org/dc/elements/1.1/", "creator")).isEqualTo("Dr. Clarke");
    }

    @Test
    void jsonFeedIs11() throws Exception {
        Map<String, String> post = newestPost();
        String body = given().when().get("/feeds/json").then().statusCode(200).contentType("application/feed+json")
                .extract().asString();
        JsonNode feed = new ObjectMapper().readTree(body.getBytes(StandardCharsets.UTF_8));
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asText()).isEqualTo("ALLY Journal");
        assertThat(feed.path("feed_url").asText()).endsWith("/feeds/json");
        JsonNode item = null;
        for (JsonNode candidate : feed.path("items")) {
            assertThat(candidate.path("id").isTextual()).isTrue();
            assertThat(candidate.has("content_html") || candidate.has("content_text")).isTrue();
            if (candidate.path("id").asText().equals(post.get("id"))) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.path("url").asText()).endsWith("/" + post.get("slug"));
        assertThat(item.path("content_html").asText()).doesNotContain("<script");
        assertThat(item.path("authors").get(0).path("name").asText()).isEqualTo("Dr. Clarke");
        Instant.parse(item.path("date_published").asText());
    }

    @Test
    void draftsAreNotInTheFeeds() {
        String slug = Fixtures.unique("hidden");
        Fixtures.draft(Fixtures.post(slug, Fixtures.author("Sam", "CEO")));
        given().when().get("/feeds/json").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(slug)));
    }
}
