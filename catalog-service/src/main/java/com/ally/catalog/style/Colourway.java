package com.ally.catalog.style;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.catalog.problem.ApiException;

/** A style in one colour and material, at one price: Black Suede, Blush Patent. */
@Entity
@Table(name = "colourway")
public class Colourway extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "style_id")
    public Style style;

    /** The colourway's part of every SKU code, e.g. BLKSUE. */
    public String code;

    public String name;

    /** Colour family shoppers filter by, e.g. BLACK, NUDE, WHITE, RED. */
    public String colour;

    public String material;

    /** Images as a JSON array of {url, alt}. */
    public String images;

    @Column(name = "price_amount")
    public long priceAmount;

    public String currency;

    @Column(name = "compare_at_amount")
    public Long compareAtAmount;

    public int position;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    protected Colourway() {
    }

    public static Colourway of(Style style, String code, String name, String colour, String material, String images,
            Instant now) {
        Colourway colourway = new Colourway();
        colourway.id = UUID.randomUUID();
        colourway.style = style;
        colourway.code = code;
        colourway.name = name;
        colourway.colour = colour;
        colourway.material = material;
        colourway.images = images;
        colourway.createdAt = now;
        colourway.updatedAt = now;
        return colourway;
    }

    /**
     * Sets the price; a compare-at price (the "was" price of a sale) must be above it and in the
     * same currency.
     */
    public void price(long amount, String currency, Long compareAt, String compareAtCurrency) {
        if (amount <= 0) {
            throw ApiException.invalid("price.amount", "must be greater than 0");
        }
        if (compareAt != null) {
            if (compareAt <= amount) {
                throw ApiException.invalid("compareAtPrice.amount", "must be greater than the price");
            }
            if (!currency.equals(compareAtCurrency)) {
                throw ApiException.invalid("compareAtPrice.currency", "must be the price's currency");
            }
        }
        this.priceAmount = amount;
        this.currency = currency;
        this.compareAtAmount = compareAt;
    }
}
