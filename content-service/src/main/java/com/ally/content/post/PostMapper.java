package com.ally.content.post;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.ally.content.author.Author;
import com.ally.content.author.AuthorView;
import com.ally.content.catalog.ProductCards;

/** Between posts and their API records; loads the bylines of many posts in one query. */
@ApplicationScoped
public class PostMapper {

    private final PostConfig config;
    private final ProductCards cards;

    public PostMapper(PostConfig config, ProductCards cards) {
        this.config = config;
        this.cards = cards;
    }

    public String urlOf(Post post) {
        return config.siteUrl() + "/" + post.slug;
    }

    public PostView.Detail detail(Post post) {
        ProductCards.Cards shop = cards.of(post.styleSlugs, post.collectionSlugs);
        return new PostView.Detail(post.id.toString(), post.slug, post.title, post.excerpt, body(post), hero(post),
                bylines(post, authorsOf(List.of(post))), List.copyOf(post.tags), List.copyOf(post.styleSlugs),
                List.copyOf(post.collectionSlugs), shop.cards(), shop.warnings(), post.status,
                post.status.allowedTransitions(), post.publishAt, post.publishedAt, post.createdAt, post.updatedAt,
                post.version, urlOf(post));
    }

    public PostView.PublicPost publicPost(Post post) {
        return new PostView.PublicPost(post.id.toString(), post.slug, post.title, post.excerpt, body(post), hero(post),
                bylines(post, authorsOf(List.of(post))), List.copyOf(post.tags), List.copyOf(post.styleSlugs),
                List.copyOf(post.collectionSlugs), cards.of(post.styleSlugs, post.collectionSlugs).cards(), post.status,
                post.publishedAt, post.updatedAt, urlOf(post));
    }

    public List<PostView.Summary> summaries(List<Post> posts) {
        Map<UUID, Author> authors = authorsOf(posts);
        return posts.stream().map(post -> new PostView.Summary(post.id.toString(), post.slug, post.title, post.excerpt,
                hero(post), bylines(post, authors), List.copyOf(post.tags), List.copyOf(post.styleSlugs),
                List.copyOf(post.collectionSlugs), post.publishedAt, post.updatedAt, urlOf(post))).toList();
    }

    public static PostView.AdminSummary adminSummary(Post post) {
        return new PostView.AdminSummary(post.id.toString(), post.slug, post.title, post.status,
                post.status.allowedTransitions(), post.publishAt, post.publishedAt, post.updatedAt, post.version);
    }

    /** The authors of the given posts, by id. */
    public static Map<UUID, Author> authorsOf(Collection<Post> posts) {
        Set<UUID> ids = new HashSet<>();
        posts.forEach(p -> ids.addAll(p.authorIds));
        return Author.withIds(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    public static List<AuthorView.Byline> bylines(Post post, Map<UUID, Author> authors) {
        return post.authorIds.stream().map(authors::get).filter(Objects::nonNull).map(AuthorView::bylineOf).toList();
    }

    private static PostView.Body body(Post post) {
        return new PostView.Body(post.bodyMarkdown, post.bodyHtml);
    }

    private static PostView.HeroImage hero(Post post) {
        return post.heroUrl == null ? null : new PostView.HeroImage(post.heroUrl, post.heroAlt, post.heroCaption);
    }
}
