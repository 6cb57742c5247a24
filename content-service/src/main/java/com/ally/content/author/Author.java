package com.ally.content.author;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone who writes for the blog: Sara, Head Designer; Sam, CEO; Dr. Clarke, Chief Science Officer. */
@Entity
@Table(name = "author")
public class Author extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public String role;

    public String bio;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    protected Author() {
    }

    public static Author create(String slug, String name, String role, String bio, Instant now) {
        Author author = new Author();
        author.id = UUID.randomUUID();
        author.slug = slug;
        author.createdAt = now;
        author.change(name, role, bio, now);
        return author;
    }

    public void change(String name, String role, String bio, Instant now) {
        this.name = name.strip();
        this.role = role.strip();
        this.bio = bio == null ? "" : bio.strip();
        this.updatedAt = now;
    }

    public static Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Author> withSlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public static List<Author> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Keyset page in slug order after {@code afterSlug}; one extra row tells a next page exists. */
    public static List<Author> pageAfter(String afterSlug, int limit) {
        var query = afterSlug == null ? find("order by slug") : find("slug > ?1 order by slug", afterSlug);
        return query.page(0, limit + 1).list();
    }
}
