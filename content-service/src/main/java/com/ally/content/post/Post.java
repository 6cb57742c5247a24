package com.ally.content.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.content.problem.ApiException;
import com.ally.content.problem.IllegalTransition;

/** A blog post with its lifecycle rules: what may change when, and when it goes public. */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;

    public String title;

    public String excerpt;

    @Column(name = "body_markdown")
    public String bodyMarkdown;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "hero_url")
    public String heroUrl;

    @Column(name = "hero_alt")
    public String heroAlt;

    @Column(name = "hero_caption")
    public String heroCaption;

    /** In byline order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "author_ids")
    public List<UUID> authorIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "style_slugs")
    public List<String> styleSlugs = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "collection_slugs")
    public List<String> collectionSlugs = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public PostStatus status;

    /** When a SCHEDULED post goes public. */
    @Column(name = "publish_at")
    public Instant publishAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Who last changed it: the token subject of an editor, or "scheduler". */
    @Column(name = "updated_by")
    public String updatedBy;

    protected Post() {
    }

    /** The editable content of a post, already checked at the edge. */
    public record Content(String slug, String title, String excerpt, String bodyMarkdown, String bodyHtml,
            String heroUrl, String heroAlt, String heroCaption, List<UUID> authorIds, List<String> tags,
            List<String> styleSlugs, List<String> collectionSlugs) {
    }

    public static Post draft(Content content, String actor, Instant now) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.status = PostStatus.DRAFT;
        post.createdAt = now;
        post.slug = content.slug();
        post.revise(content, actor, now);
        return post;
    }

    /** A new version of the content. Once public, the slug is frozen: links to it are out there. */
    public void revise(Content content, String actor, Instant now) {
        if (!content.slug().equals(slug)) {
            if (status == PostStatus.PUBLISHED || status == PostStatus.ARCHIVED) {
                throw ApiException.conflict("SLUG_FROZEN", "A post that has been public keeps its slug", "slug");
            }
            slug = content.slug();
        }
        title = content.title().strip();
        excerpt = content.excerpt() == null ? "" : content.excerpt().strip();
        bodyMarkdown = content.bodyMarkdown();
        bodyHtml = content.bodyHtml();
        heroUrl = content.heroUrl();
        heroAlt = content.heroAlt();
        heroCaption = content.heroCaption();
        authorIds = new ArrayList<>(content.authorIds());
        tags = distinct(content.tags());
        styleSlugs = distinct(content.styleSlugs());
        collectionSlugs = distinct(content.collectionSlugs());
        updatedBy = actor;
        updatedAt = now;
    }

    /**
     * Moves the post to {@code target}. Scheduling needs a {@code publishAt} in the future; publishing
     * stamps {@code publishedAt} with the scheduled time, or now when published by hand.
     */
    public void transition(PostStatus target, Instant publishAt, String actor, Instant now) {
        if (!status.allowedTransitions().contains(target)) {
            throw new IllegalTransition(status, target, status.allowedTransitions());
        }
        switch (target) {
            case SCHEDULED -> {
                if (publishAt == null) {
                    throw ApiException.invalid("publishAt", "is required to schedule a post");
                }
                if (!publishAt.isAfter(now)) {
                    throw ApiException.invalid("publishAt", "must be in the future");
                }
                this.publishAt = publishAt;
            }
            case PUBLISHED -> publishedAt = status == PostStatus.SCHEDULED && !this.publishAt.isAfter(now) ? this.publishAt : now;
            case DRAFT -> this.publishAt = null;
            case ARCHIVED -> {
            }
        }
        status = target;
        updatedBy = actor;
        updatedAt = now;
    }

    public boolean isDue(Instant now) {
        return status == PostStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now);
    }

    public boolean isPublic() {
        return status == PostStatus.PUBLISHED;
    }

    public static Optional<Post> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Post> findPublic(String slug) {
        return find("slug = ?1 and status = ?2", slug, PostStatus.PUBLISHED).firstResultOptional();
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().distinct().toList());
    }
}
