package com.ally.content.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ally.content.problem.ApiException;
import com.ally.content.problem.IllegalTransition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static Post.Content content(String slug) {
        return new Post.Content(slug, " Title ", null, "body", "<p>body</p>", null, null, null,
                List.of(UUID.randomUUID()), List.of("a", "a", "b"), List.of(), null);
    }

    private static Post draft() {
        return Post.draft(content("a-post"), "eve", NOW);
    }

    @Test
    void aNewPostIsADraftWithTidiedContent() {
        Post post = draft();
        assertThat(post.status).isEqualTo(PostStatus.DRAFT);
        assertThat(post.title).isEqualTo("Title");
        assertThat(post.excerpt).isEmpty();
        assertThat(post.tags).containsExactly("a", "b");
        assertThat(post.collectionSlugs).isEmpty();
    }

    @Test
    void theLifecycleAllowsOnlyItsTransitions() {
        assertThat(PostStatus.DRAFT.allowedTransitions()).containsExactly(PostStatus.SCHEDULED, PostStatus.PUBLISHED);
        assertThat(PostStatus.SCHEDULED.allowedTransitions()).containsExactly(PostStatus.DRAFT, PostStatus.PUBLISHED);
        assertThat(PostStatus.PUBLISHED.allowedTransitions()).containsExactly(PostStatus.ARCHIVED);
        assertThat(PostStatus.ARCHIVED.allowedTransitions()).isEmpty();
        Post post = draft();
        assertThatThrownBy(() -> post.transition(PostStatus.ARCHIVED, null, "eve", NOW))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void schedulingNeedsATimeInTheFuture() {
        Post post = draft();
        assertThatThrownBy(() -> post.transition(PostStatus.SCHEDULED, null, "eve", NOW))
                .isInstanceOf(ApiException.class).hasMessageContaining("1 field");
        assertThatThrownBy(() -> post.transition(PostStatus.SCHEDULED, NOW, "eve", NOW))
                .satisfies(e -> assertThat(((ApiException) e).errors().get(0).field()).isEqualTo("publishAt"));
        post.transition(PostStatus.SCHEDULED, NOW.plusSeconds(60), "eve", NOW);
        assertThat(post.status).isEqualTo(PostStatus.SCHEDULED);
        assertThat(post.isDue(NOW)).isFalse();
        assertThat(post.isDue(NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void aDueScheduledPostIsPublishedAtItsScheduledTime() {
        Post post = draft();
        Instant at = NOW.plusSeconds(60);
        post.transition(PostStatus.SCHEDULED, at, "eve", NOW);
        post.transition(PostStatus.PUBLISHED, null, "scheduler", at.plusSeconds(5));
        assertThat(post.publishedAt).isEqualTo(at);
        assertThat(post.isPublic()).isTrue();
    }

    @Test
    void unschedulingForgetsTheTime() {
        Post post = draft();
        post.transition(PostStatus.SCHEDULED, NOW.plusSeconds(60), "eve", NOW);
        post.transition(PostStatus.DRAFT, null, "eve", NOW);
        assertThat(post.publishAt).isNull();
    }

    @Test
    void aPublishedPostKeepsItsSlug() {
        Post post = draft();
        post.revise(content("renamed-while-draft"), "eve", NOW);
        assertThat(post.slug).isEqualTo("renamed-while-draft");
        post.transition(PostStatus.PUBLISHED, null, "eve", NOW);
        assertThatThrownBy(() -> post.revise(content("another-slug"), "eve", NOW))
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("SLUG_FROZEN"));
    }
}
