package com.ally.catalog.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import com.ally.catalog.support.DemoLineUp;
import com.ally.catalog.support.StockSummaries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the demo line-up, the list and its facets (read from the colourway summaries) say exactly what
 * the SKU rows say: an oracle here counts them the old way, SKU by SKU, for a spread of filters.
 */
@QuarkusTest
class FacetsOnDemoDataTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final List<String> FILTERS = List.of("", "&category=HEEL", "&category=FLAT", "&colour=BLACK",
            "&inStock=true", "&size=9&width=WIDE&inStock=true", "&size=7.5&inStock=true", "&width=EXTRA_WIDE&inStock=true",
            "&width=NARROW&inStock=true&colour=NUDE", "&size=4&width=NARROW", "&size=12&width=EXTRA_WIDE&inStock=true",
            "&priceMax=20000&size=9&inStock=true", "&q=stiletto&size=8.5&width=MEDIUM&inStock=true");

    @Inject
    EntityManager em;

    @BeforeEach
    void lineUp() {
        DemoLineUp.load();
    }

    @Test
    void facetsAndItemsMatchTheSkusForEveryCollectionAndFilter() {
        List<String> collections = new ArrayList<>(DemoLineUp.COLLECTIONS);
        collections.add(null); // the whole catalogue, whatever other tests made too
        for (String collection : collections) {
            for (String filter : FILTERS) {
                String query = "?limit=100" + (collection == null ? "" : "&collection=" + collection) + filter;
                JsonPath page = given().when().get("/styles" + query).then().statusCode(200).extract().jsonPath();
                Oracle expected = QuarkusTransaction.requiringNew().call(() -> oracle(collection, filter));
                assertThat(facets(page)).as("facets of %s", query).isEqualTo(expected.facets());
                if (collection != null) {
                    assertThat(page.getList("items.slug", String.class)).as("items of %s", query)
                            .containsExactlyInAnyOrderElementsOf(expected.slugs());
                }
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> StockSummaries.mismatches(em))).isEmpty();
    }

    @Test
    void theDemoCountsThemselves() {
        JsonPath flats = given().when().get("/styles?collection=forever-flats").then().statusCode(200).extract().jsonPath();
        assertThat(facets(flats).get("colours")).isEqualTo(Map.of("BLACK", 1L, "NAVY", 1L, "NUDE", 1L, "RED", 1L));
        assertThat(facets(flats).get("heelHeights")).isEqualTo(Map.of("0.6", 1L));
        // The seed overrides Forever Flat black suede 9 WIDE to 14 pairs.
        assertThat(given().when().get("/styles?collection=forever-flats&colour=BLACK&size=9&width=WIDE&inStock=true")
                .then().statusCode(200).extract().jsonPath().getList("items.slug")).containsExactly("forever-flat");
        JsonPath nudes = given().when().get("/styles?collection=five-shades-of-nude").then().statusCode(200).extract().jsonPath();
        assertThat(facets(nudes).get("colours")).isEqualTo(Map.of("BLACK", 1L, "GOLD", 1L, "NUDE", 2L));
        assertThat(facets(nudes).get("sizes")).hasSize(17);
        assertThat(facets(nudes).get("widths")).isEqualTo(Map.of("NARROW", 2L, "MEDIUM", 2L, "WIDE", 2L, "EXTRA_WIDE", 2L));
    }

    private static Map<String, Map<String, Long>> facets(JsonPath page) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : List.of("colours", "sizes", "widths", "heelHeights")) {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<Map<String, Object>> values = page.getList("facets." + facet);
            values.forEach(v -> counts.put((String) v.get("value"), ((Number) v.get("count")).longValue()));
            facets.put(facet, counts);
        }
        return facets;
    }

    record Oracle(Map<String, Map<String, Long>> facets, List<String> slugs) {
    }

    /** The list's filter and facets as they were computed before the summaries: SKU by SKU. */
    @SuppressWarnings("unchecked")
    private Oracle oracle(String collection, String filter) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String pair : filter.split("&")) {
            if (!pair.isEmpty()) {
                f.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        List<String> and = new ArrayList<>(List.of("s.status = 'ACTIVE'"));
        if (collection != null) {
            and.add("exists (select 1 from collection_style cs join collection l on l.id = cs.collection_id"
                    + " where cs.style_id = s.id and l.slug = '" + collection + "')");
        }
        if (f.containsKey("category")) {
            and.add("s.category = '" + f.get("category") + "'");
        }
        if (f.containsKey("q")) {
            and.add("s.search @@ websearch_to_tsquery('english', '" + f.get("q") + "')");
        }
        List<String> colourway = new ArrayList<>(List.of("c.style_id = s.id"));
        if (f.containsKey("colour")) {
            colourway.add("c.colour = '" + f.get("colour") + "'");
        }
        if (f.containsKey("priceMax")) {
            colourway.add("c.price_amount <= " + f.get("priceMax"));
        }
        List<String> sku = new ArrayList<>(List.of("i.colourway_id = c.id"));
        if (f.containsKey("size")) {
            sku.add("i.size = " + f.get("size"));
        }
        if (f.containsKey("width")) {
            sku.add("i.width = '" + f.get("width") + "'");
        }
        if (f.containsKey("inStock")) {
            sku.add("i.on_hand > i.reserved");
        }
        if (sku.size() > 1) {
            colourway.add("exists (select 1 from inventory i where " + String.join(" and ", sku) + ")");
        }
        and.add("exists (select 1 from colourway c where " + String.join(" and ", colourway) + ")");
        String sql = "with m as materialized (select s.id, s.slug, s.heel_height from style s where " + String.join(" and ", and) + "),"
                + " sw as materialized (select distinct i.style_id, i.size, i.width from inventory i"
                + "   join m on m.id = i.style_id where i.on_hand > i.reserved)"
                + " select 'colours', c.colour, count(distinct c.style_id) from colourway c join m on m.id = c.style_id group by c.colour"
                + " union all select 'sizes', sw.size::text, count(distinct sw.style_id) from sw group by sw.size"
                + " union all select 'widths', sw.width, count(distinct sw.style_id) from sw group by sw.width"
                + " union all select 'heelHeights', m.heel_height::text, count(*) from m group by m.heel_height"
                + " union all select 'slug', m.slug, 0 from m";
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : List.of("colours", "sizes", "widths", "heelHeights")) {
            facets.put(facet, new LinkedHashMap<>());
        }
        List<String> slugs = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(sql).getResultList()) {
            if (row[0].equals("slug")) {
                slugs.add((String) row[1]);
            } else {
                facets.get((String) row[0]).put((String) row[1], ((Number) row[2]).longValue());
            }
        }
        return new Oracle(facets, slugs);
    }
}
