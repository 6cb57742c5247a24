package com.ally.content.catalog;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies catalog events to the local replica: only what product cards need (name, status, each
 * colourway's price and first image, each SKU's availability). A snapshot older than the stored one
 * is ignored, so a late redelivery cannot roll a style back.
 */
@ApplicationScoped
public class CatalogReplica {

    private final EntityManager em;
    private final ObjectMapper json;

    public CatalogReplica(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** A full style snapshot (published, updated or retired). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void style(JsonNode data, String impliedStatus, Instant eventTime) {
        UUID id = UUID.fromString(data.get("id").asText());
        String slug = data.get("slug").asText();
        String status = data.path("status").asText(impliedStatus);
        Instant updatedAt = data.hasNonNull("updatedAt") ? Instant.parse(data.get("updatedAt").asText()) : eventTime;
        ArrayNode colourways = json.createArrayNode();
        for (JsonNode colourway : data.path("colourways")) {
            ObjectNode card = colourways.addObject();
            card.put("id", colourway.path("id").asText());
            card.set("price", colourway.path("price"));
            JsonNode image = colourway.path("images").path(0);
            if (!image.isMissingNode()) {
                card.set("image", image);
            }
        }
        // A slug now held by another id: the catalog replaced the style; the newer snapshot wins.
        em.createNativeQuery("delete from catalog_sku where style_id in (select id from catalog_style where slug = ?1 and id <> ?2)")
                .setParameter(1, slug).setParameter(2, id).executeUpdate();
        em.createNativeQuery("delete from catalog_style where slug = ?1 and id <> ?2")
                .setParameter(1, slug).setParameter(2, id).executeUpdate();
        int applied = em.createNativeQuery("""
                insert into catalog_style (id, slug, name, status, colourways, updated_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)
                on conflict (id) do update set slug = excluded.slug, name = excluded.name, status = excluded.status,
                    colourways = excluded.colourways, updated_at = excluded.updated_at
                where catalog_style.updated_at <= excluded.updated_at""")
                .setParameter(1, id).setParameter(2, slug).setParameter(3, data.path("name").asText(slug))
                .setParameter(4, status).setParameter(5, colourways.toString()).setParameter(6, updatedAt)
                .executeUpdate();
        if (applied == 0) {
            return;
        }
        em.createNativeQuery("delete from catalog_sku where style_id = ?1").setParameter(1, id).executeUpdate();
        for (JsonNode colourway : data.path("colourways")) {
            for (JsonNode sku : colourway.path("skus")) {
                availability(sku.path("sku").asText(), id, sku.path("availability").asText("OUT"));
            }
        }
    }

    /** A colourway's new price; the rest of the style stays as the last snapshot had it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void price(JsonNode data) {
        UUID styleId = UUID.fromString(data.get("styleId").asText());
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "select cast(colourways as text) from catalog_style where id = ?1 for update")
                .setParameter(1, styleId).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        try {
            ArrayNode colourways = (ArrayNode) json.readTree(rows.get(0));
            for (JsonNode colourway : colourways) {
                if (colourway.path("id").asText().equals(data.path("colourwayId").asText())) {
                    ((ObjectNode) colourway).set("price", data.get("price"));
                }
            }
            em.createNativeQuery("update catalog_style set colourways = cast(?1 as jsonb) where id = ?2")
                    .setParameter(1, colourways.toString()).setParameter(2, styleId).executeUpdate();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SKU crossed IN_STOCK / LOW / OUT. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void availability(JsonNode data) {
        availability(data.get("sku").asText(), UUID.fromString(data.get("styleId").asText()),
                data.get("availability").asText());
    }

    /** A collection snapshot: its name and its styles in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void collection(JsonNode data, Instant eventTime) {
        UUID id = UUID.fromString(data.get("id").asText());
        String slug = data.get("slug").asText();
        Instant updatedAt = data.hasNonNull("updatedAt") ? Instant.parse(data.get("updatedAt").asText()) : eventTime;
        JsonNode styleSlugs = data.path("styleSlugs").isArray() ? data.get("styleSlugs") : json.createArrayNode();
        em.createNativeQuery("delete from catalog_collection where slug = ?1 and id <> ?2")
                .setParameter(1, slug).setParameter(2, id).executeUpdate();
        em.createNativeQuery("""
                insert into catalog_collection (id, slug, name, style_slugs, updated_at)
                values (?1, ?2, ?3, array(select jsonb_array_elements_text(cast(?4 as jsonb))), ?5)
                on conflict (id) do update set slug = excluded.slug, name = excluded.name,
                    style_slugs = excluded.style_slugs, updated_at = excluded.updated_at
                where catalog_collection.updated_at <= excluded.updated_at""")
                .setParameter(1, id).setParameter(2, slug).setParameter(3, data.path("name").asText(slug))
                .setParameter(4, styleSlugs.toString()).setParameter(5, updatedAt).executeUpdate();
    }

    private void availability(String sku, UUID styleId, String availability) {
        em.createNativeQuery("""
                insert into catalog_sku (sku, style_id, availability) values (?1, ?2, ?3)
                on conflict (sku) do update set style_id = excluded.style_id, availability = excluded.availability""")
                .setParameter(1, sku).setParameter(2, styleId).setParameter(3, availability).executeUpdate();
    }
}
