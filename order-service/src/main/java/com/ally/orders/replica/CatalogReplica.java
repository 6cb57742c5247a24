package com.ally.orders.replica;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applies catalog events to the replica. Snapshots are upserts of every SKU they list, so a
 * redelivered or replayed snapshot converges to the same rows; SKUs a snapshot no longer lists
 * stop being sellable.
 */
@ApplicationScoped
public class CatalogReplica {

    private final EntityManager em;

    public CatalogReplica(EntityManager em) {
        this.em = em;
    }

    /** A published, updated or retired style: its full snapshot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applySnapshot(JsonNode style, boolean retiredEvent) {
        UUID styleId = UUID.fromString(style.path("id").asText());
        boolean retired = retiredEvent || !"ACTIVE".equals(style.path("status").asText("ACTIVE"));
        List<String> listed = new ArrayList<>();
        for (JsonNode colourway : style.path("colourways")) {
            JsonNode price = colourway.path("price");
            for (JsonNode sku : colourway.path("skus")) {
                listed.add(sku.path("sku").asText());
                em.createNativeQuery("""
                        insert into catalog_sku (sku, style_id, style_slug, style_name, colourway_id, colourway_name,
                                                 size, width, price_amount, currency, available, availability, retired, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        on conflict (sku) do update set style_id = excluded.style_id, style_slug = excluded.style_slug,
                            style_name = excluded.style_name, colourway_id = excluded.colourway_id,
                            colourway_name = excluded.colourway_name, size = excluded.size, width = excluded.width,
                            price_amount = excluded.price_amount, currency = excluded.currency,
                            available = excluded.available, availability = excluded.availability,
                            retired = excluded.retired, updated_at = excluded.updated_at""")
                        .setParameter(1, sku.path("sku").asText())
                        .setParameter(2, styleId)
                        .setParameter(3, style.path("slug").asText())
                        .setParameter(4, style.path("name").asText())
                        .setParameter(5, UUID.fromString(colourway.path("id").asText()))
                        .setParameter(6, colourway.path("name").asText())
                        .setParameter(7, new BigDecimal(sku.path("size").asText()))
                        .setParameter(8, sku.path("width").asText())
                        .setParameter(9, price.path("amount").asLong())
                        .setParameter(10, price.path("currency").asText("USD"))
                        .setParameter(11, sku.path("available").asInt(0))
                        .setParameter(12, sku.path("availability").asText("OUT"))
                        .setParameter(13, retired)
                        .setParameter(14, Instant.now())
                        .executeUpdate();
            }
        }
        em.createNativeQuery("update catalog_sku set retired = true, updated_at = now() where style_id = ?1 and not (sku = any(?2))")
                .setParameter(1, styleId).setParameter(2, listed.toArray(String[]::new)).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPriceChange(JsonNode change) {
        JsonNode price = change.path("price");
        em.createNativeQuery("update catalog_sku set price_amount = ?1, currency = ?2, updated_at = now() where colourway_id = ?3")
                .setParameter(1, price.path("amount").asLong())
                .setParameter(2, price.path("currency").asText("USD"))
                .setParameter(3, UUID.fromString(change.path("colourwayId").asText()))
                .executeUpdate();
    }

    /** An SKU the replica does not know yet is left alone: its style's snapshot will bring it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAvailability(JsonNode change) {
        em.createNativeQuery("update catalog_sku set available = ?1, availability = ?2, updated_at = now() where sku = ?3")
                .setParameter(1, change.path("available").asInt(0))
                .setParameter(2, change.path("availability").asText("OUT"))
                .setParameter(3, change.path("sku").asText())
                .executeUpdate();
    }
}
