package com.ally.fit.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One size and width of a colourway, with the stock the catalog last reported. */
@Entity
@Table(name = "catalog_sku")
public class CatalogSku extends PanacheEntityBase {

    @Id
    public String sku;

    @Column(name = "style_id")
    public UUID styleId;

    public BigDecimal size;

    public String width;

    public int available;

    public String availability;

    @Column(name = "as_of")
    public Instant asOf;

    /** Writes the SKU's stock unless a newer report is already here. */
    static void upsert(String sku, UUID styleId, BigDecimal size, String width, int available, String availability,
            Instant asOf) {
        getEntityManager().createNativeQuery("""
                insert into catalog_sku (sku, style_id, size, width, available, availability, as_of)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (sku) do update set style_id = excluded.style_id, size = excluded.size, width = excluded.width,
                    available = excluded.available, availability = excluded.availability, as_of = excluded.as_of
                where catalog_sku.as_of <= excluded.as_of
                """).setParameter(1, sku).setParameter(2, styleId).setParameter(3, size).setParameter(4, width)
                .setParameter(5, available).setParameter(6, availability).setParameter(7, asOf).executeUpdate();
    }
}
