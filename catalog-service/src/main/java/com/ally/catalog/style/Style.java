package com.ally.catalog.style;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A shoe design (the Little Black Heel, the Forever Flat) with its lifecycle and its colourways. */
@Entity
@Table(name = "style")
public class Style extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;

    /** The style's part of every SKU code, e.g. FFL. */
    public String code;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(name = "heel_height")
    public BigDecimal heelHeight;

    @Enumerated(EnumType.STRING)
    @Column(name = "toe_shape")
    public ToeShape toeShape;

    @Column(name = "comfort_features")
    public String[] comfortFeatures;

    @Column(name = "upper_materials")
    public String[] upperMaterials;

    @Enumerated(EnumType.STRING)
    public StyleStatus status;

    @Column(name = "featured_rank")
    public int featuredRank;

    @Column(name = "from_price")
    public Long fromPrice;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @OneToMany(mappedBy = "style", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<Colourway> colourways = new ArrayList<>();

    protected Style() {
    }

    public static Style draft(String slug, String code, String actor, Instant now) {
        Style style = new Style();
        style.id = UUID.randomUUID();
        style.slug = slug;
        style.code = code;
        style.status = StyleStatus.DRAFT;
        style.featuredRank = 1000;
        style.createdAt = now;
        style.touch(actor, now);
        return style;
    }

    public void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    /** Makes the style public. It needs something to sell: at least one colourway. */
    public void publish(Instant now) {
        if (!status.allowedTransitions().contains(StyleStatus.ACTIVE)) {
            throw new IllegalTransition(status, StyleStatus.ACTIVE, "");
        }
        if (colourways.isEmpty()) {
            throw new IllegalTransition(status, StyleStatus.ACTIVE, ": it has no colourway yet");
        }
        status = StyleStatus.ACTIVE;
        publishedAt = now;
    }

    public void retire() {
        if (!status.allowedTransitions().contains(StyleStatus.RETIRED)) {
            throw new IllegalTransition(status, StyleStatus.RETIRED, "");
        }
        status = StyleStatus.RETIRED;
    }

    public Colourway add(Colourway colourway) {
        colourway.position = colourways.size();
        colourways.add(colourway);
        refreshFromPrice();
        return colourway;
    }

    public Optional<Colourway> colourway(String code) {
        return colourways.stream().filter(c -> c.code.equals(code)).findFirst();
    }

    /** The price the list shows and sorts by: the lowest of the colourways. */
    public void refreshFromPrice() {
        fromPrice = colourways.stream().map(c -> c.priceAmount).min(Long::compare).orElse(null);
    }

    public boolean isPublic() {
        return status == StyleStatus.ACTIVE;
    }

    public static Optional<Style> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
