package com.ally.orders.replica;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One SKU as the catalog last described it: what carts price and checkout copies into order lines. */
@Entity
@Table(name = "catalog_sku")
public class CatalogSku extends PanacheEntityBase {

    @Id
    public String sku;

    @Column(name = "style_id")
    public UUID styleId;

    @Column(name = "style_slug")
    public String styleSlug;

    @Column(name = "style_name")
    public String styleName;

    @Column(name = "colourway_id")
    public UUID colourwayId;

    @Column(name = "colourway_name")
    public String colourwayName;

    public BigDecimal size;

    public String width;

    @Column(name = "price_amount")
    public long priceAmount;

    public String currency;

    public int available;

    public String availability;

    /** A retired (or not yet active) style's SKUs cannot be put in a cart. */
    public boolean retired;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean sellable() {
        return !retired;
    }

    /**
     * The SKU in the current row of {@code row}, a query over plain JDBC that selected this table's
     * columns under their own names; null when they are null (an outer join found no SKU). Not
     * managed: for reading only.
     */
    public static CatalogSku read(ResultSet row) throws SQLException {
        CatalogSku sku = new CatalogSku();
        sku.sku = row.getString("sku");
        if (sku.sku == null) {
            return null;
        }
        sku.styleId = row.getObject("style_id", UUID.class);
        sku.styleSlug = row.getString("style_slug");
        sku.styleName = row.getString("style_name");
        sku.colourwayId = row.getObject("colourway_id", UUID.class);
        sku.colourwayName = row.getString("colourway_name");
        sku.size = row.getBigDecimal("size");
        sku.width = row.getString("width");
        sku.priceAmount = row.getLong("price_amount");
        sku.currency = row.getString("currency");
        sku.available = row.getInt("available");
        sku.availability = row.getString("availability");
        sku.retired = row.getBoolean("retired");
        sku.updatedAt = row.getObject("updated_at", OffsetDateTime.class).toInstant();
        return sku;
    }

    public static Optional<CatalogSku> byCode(String sku) {
        return findByIdOptional(sku);
    }

    /**
     * The known SKUs among {@code skus}, in one query. Loaded by id, because Hibernate reuses its
     * loader for that, where an HQL "in" list is translated afresh on every call (every cart view calls this).
     */
    public static List<CatalogSku> byCodes(Collection<String> skus) {
        return getEntityManager().unwrap(Session.class).findMultiple(CatalogSku.class, List.copyOf(skus)).stream()
                .filter(Objects::nonNull).toList();
    }

    /** The SKU of one colourway in a given size and width, if the catalog has it. */
    public static Optional<CatalogSku> inColourway(UUID colourwayId, BigDecimal size, String width) {
        return find("colourwayId = ?1 and size = ?2 and width = ?3", colourwayId, size, width).firstResultOptional();
    }
}
