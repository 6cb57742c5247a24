package com.ally.content.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds a post's product cards from the local replica of the catalog, so that a read never calls
 * catalog-service. Only ACTIVE styles get cards; anything else becomes a warning for editors.
 */
@ApplicationScoped
public class ProductCards {

    private final EntityManager em;
    private final ObjectMapper json;

    public ProductCards(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The cards, in the order the post refers to them, and the warnings about those it cannot show. */
    public record Cards(List<ProductCard> cards, List<CardWarning> warnings) {
    }

    public Cards of(List<String> styleSlugs, List<String> collectionSlugs) {
        List<ProductCard> cards = new ArrayList<>();
        List<CardWarning> warnings = new ArrayList<>();
        Map<String, ReplicaStyle> styles = styles(styleSlugs);
        for (String slug : styleSlugs) {
            ReplicaStyle style = styles.get(slug);
            if (style == null) {
                warnings.add(new CardWarning("UNKNOWN_STYLE", "styleSlugs", slug,
                        "The catalog has not published a style '" + slug + "' (yet); no card is shown"));
            } else if (!style.active()) {
                warnings.add(new CardWarning("STYLE_RETIRED", "styleSlugs", slug,
                        "The style '" + slug + "' is " + style.status().toLowerCase() + "; its card is no longer shown"));
            } else {
                cards.add(style.card());
            }
        }
        for (String slug : collectionSlugs) {
            Optional<ProductCard> card = collection(slug);
            if (card.isEmpty()) {
                warnings.add(new CardWarning("UNKNOWN_COLLECTION", "collectionSlugs", slug,
                        "The catalog has not published a collection '" + slug + "' (yet); no card is shown"));
            } else {
                cards.add(card.get());
            }
        }
        return new Cards(cards, warnings);
    }

    private Optional<ProductCard> collection(String slug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select name, array_to_string(style_slugs, ',') from catalog_collection where slug = ?1""")
                .setParameter(1, slug).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String name = (String) rows.get(0)[0];
        String members = (String) rows.get(0)[1];
        List<String> memberSlugs = members == null || members.isEmpty() ? List.of() : List.of(members.split(","));
        Map<String, ReplicaStyle> styles = styles(memberSlugs);
        List<ProductCard> active = memberSlugs.stream().map(styles::get)
                .filter(s -> s != null && s.active()).map(ReplicaStyle::card).toList();
        ProductCard.Money from = active.stream().map(ProductCard::price).filter(p -> p != null)
                .min(Comparator.comparingLong(ProductCard.Money::amount)).orElse(null);
        ProductCard.Image image = active.stream().map(ProductCard::image).filter(i -> i != null).findFirst().orElse(null);
        boolean inStock = active.stream().anyMatch(ProductCard::inStock);
        return Optional.of(new ProductCard("COLLECTION", slug, name, from, image, inStock));
    }

    private Map<String, ReplicaStyle> styles(List<String> slugs) {
        Map<String, ReplicaStyle> found = new LinkedHashMap<>();
        if (slugs.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.slug, s.name, s.status, cast(s.colourways as text),
                       exists (select 1 from catalog_sku k where k.style_id = s.id and k.availability in ('IN_STOCK', 'LOW'))
                from catalog_style s where s.slug in (?1)""")
                .setParameter(1, slugs).getResultList();
        for (Object[] row : rows) {
            String slug = (String) row[0];
            found.put(slug, new ReplicaStyle(slug, (String) row[1], (String) row[2], read((String) row[3]), (Boolean) row[4]));
        }
        return found;
    }

    private JsonNode read(String colourways) {
        try {
            return json.readTree(colourways);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One replicated style: its lowest colourway price and first image make the card. */
    private record ReplicaStyle(String slug, String name, String status, JsonNode colourways, boolean inStock) {

        boolean active() {
            return "ACTIVE".equals(status);
        }

        ProductCard card() {
            ProductCard.Money lowest = null;
            ProductCard.Image image = null;
            for (JsonNode colourway : colourways) {
                JsonNode price = colourway.path("price");
                if (price.hasNonNull("amount") && (lowest == null || price.get("amount").asLong() < lowest.amount())) {
                    lowest = new ProductCard.Money(price.get("amount").asLong(), price.path("currency").asText("USD"));
                }
                JsonNode img = colourway.path("image");
                if (image == null && img.hasNonNull("url")) {
                    image = new ProductCard.Image(img.get("url").asText(), img.path("alt").asText(""));
                }
            }
            return new ProductCard("STYLE", slug, name, lowest, image, inStock);
        }
    }
}
