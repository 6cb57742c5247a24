package com.ally.catalog.collection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A curated, ordered group of styles shown together: Bridal, Forever Flats, Five Shades of Nude. */
@Entity(name = "ShopCollection")
@Table(name = "collection")
public class Collection extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public String description;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Who last changed it: the token subject of a catalog admin. */
    @Column(name = "updated_by")
    public String updatedBy;

    protected Collection() {
    }

    public static Collection create(String slug, String name, String description, String actor, Instant now) {
        Collection collection = new Collection();
        collection.id = UUID.randomUUID();
        collection.slug = slug;
        collection.name = name;
        collection.description = description == null ? "" : description;
        collection.createdAt = now;
        collection.updatedAt = now;
        collection.updatedBy = actor;
        return collection;
    }

    public void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    public static Optional<Collection> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** Keyset page in slug order, starting after {@code afterSlug}; one extra row tells a next page exists. */
    public static List<Collection> pageAfter(String afterSlug, int limit) {
        var query = afterSlug == null ? find("order by slug") : find("slug > ?1 order by slug", afterSlug);
        return query.page(0, limit + 1).list();
    }
}
