package com.ally.content.post;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.ally.content.author.AuthorView;
import com.ally.content.outbox.Outbox;

/** The post events marketing tools subscribe to, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class PostEvents {

    static final String TOPIC = "content.post";
    static final String PUBLISHED = "ally.content.post.published.v1";
    static final String UPDATED = "ally.content.post.updated.v1";
    static final String ARCHIVED = "ally.content.post.archived.v1";

    private final Outbox outbox;
    private final PostMapper mapper;

    public PostEvents(Outbox outbox, PostMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** The data of every post event: the public facts of the post, never its body. */
    public record Data(String id, String slug, String title, String excerpt, List<AuthorRef> authors, List<String> tags,
            List<String> styleSlugs, List<String> collectionSlugs, Instant publishedAt, Instant updatedAt, String url) {
    }

    public record AuthorRef(String name, String role) {
    }

    void published(Post post) {
        publish(PUBLISHED, post);
    }

    void updated(Post post) {
        publish(UPDATED, post);
    }

    void archived(Post post) {
        publish(ARCHIVED, post);
    }

    private void publish(String type, Post post) {
        List<AuthorRef> authors = PostMapper.bylines(post, PostMapper.authorsOf(List.of(post))).stream()
                .map((AuthorView.Byline b) -> new AuthorRef(b.name(), b.role())).toList();
        Data data = new Data(post.id.toString(), post.slug, post.title, post.excerpt, authors, List.copyOf(post.tags),
                List.copyOf(post.styleSlugs), List.copyOf(post.collectionSlugs), post.publishedAt, post.updatedAt,
                mapper.urlOf(post));
        outbox.publish(TOPIC, post.id.toString(), type, data);
    }
}
