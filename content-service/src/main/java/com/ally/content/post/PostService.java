package com.ally.content.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import com.ally.content.author.Author;
import com.ally.content.http.Preconditions;
import com.ally.content.idempotency.IdempotencyKeys;
import com.ally.content.paging.Page;
import com.ally.content.paging.PageRequest;
import com.ally.content.problem.ApiException;
import com.ally.content.problem.FieldError;

/** Transaction boundary for posts: content, lifecycle, previews; every public change writes an event. */
@ApplicationScoped
public class PostService {

    static final String IDEMPOTENCY_SCOPE = "posts";

    private final PostConfig config;
    private final PostMapper mapper;
    private final PostEvents events;
    private final IdempotencyKeys idempotency;
    private final PreviewSigner signer;
    private final EntityManager em;

    public PostService(PostConfig config, PostMapper mapper, PostEvents events, IdempotencyKeys idempotency,
            EntityManager em) {
        this.config = config;
        this.mapper = mapper;
        this.events = events;
        this.idempotency = idempotency;
        this.signer = new PreviewSigner(config.previewSecret());
        this.em = em;
    }

    /** A created post, or the first answer to a repeated Idempotency-Key. */
    public record Created(PostView.Detail post, IdempotencyKeys.Replay replay) {
    }

    @Transactional
    public Created create(PostView.Request request, String idempotencyKey, String actor) {
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.Replay> replay = idempotency.claim(IDEMPOTENCY_SCOPE, idempotencyKey, request);
            if (replay.isPresent()) {
                return new Created(null, replay.get());
            }
        }
        if (Post.findBySlug(request.slug()).isPresent()) {
            throw duplicateSlug(request.slug());
        }
        Post post = Post.draft(content(request), actor, now());
        post.persist();
        flush(request.slug());
        PostView.Detail detail = mapper.detail(post);
        if (idempotencyKey != null) {
            idempotency.remember(IDEMPOTENCY_SCOPE, idempotencyKey, 201, "admin/posts/" + post.id, detail);
        }
        return new Created(detail, null);
    }

    /** Replaces the content; a PUBLISHED post tells subscribers with an updated event. */
    @Transactional
    public PostView.Detail update(UUID id, PostView.Request request, long expectedVersion, String actor) {
        Post post = Post.<Post>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Post", id.toString()));
        Preconditions.checkVersion(post.version, expectedVersion);
        if (!post.slug.equals(request.slug()) && Post.findBySlug(request.slug()).isPresent()) {
            throw duplicateSlug(request.slug());
        }
        post.revise(content(request), actor, now());
        flush(request.slug());
        if (post.isPublic()) {
            events.updated(post);
        }
        return mapper.detail(post);
    }

    @Transactional
    public PostView.Detail transition(UUID id, PostView.Transition request, Long expectedVersion, String actor) {
        Post post = Post.<Post>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Post", id.toString()));
        if (expectedVersion != null) {
            Preconditions.checkVersion(post.version, expectedVersion);
        }
        post.transition(request.target(), request.publishAt(), actor, now());
        flush(post.slug);
        announce(post);
        return mapper.detail(post);
    }

    /**
     * Publishes every SCHEDULED post whose time has come. Rows are locked with SKIP LOCKED, so two
     * replicas never publish (and announce) one post twice.
     *
     * @return how many posts went public
     */
    @Transactional
    public int publishDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select id from post where status = 'SCHEDULED' and publish_at <= ?1
                order by publish_at limit 100 for update skip locked""", UUID.class)
                .setParameter(1, now).getResultList();
        for (UUID id : due) {
            Post post = Post.findById(id);
            post.transition(PostStatus.PUBLISHED, null, "scheduler", now.truncatedTo(ChronoUnit.MILLIS));
            events.published(post);
        }
        return due.size();
    }

    public Optional<PostView.Detail> find(UUID id) {
        return Post.<Post>findByIdOptional(id).map(mapper::detail);
    }

    public Optional<PostView.PublicPost> findPublic(String slug) {
        return Post.findPublic(slug).map(mapper::publicPost);
    }

    /** Editors' list, newest first, optionally of one status. */
    public Page<PostView.AdminSummary> list(PostStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (!page.first()) {
            where.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            params.put("at", PostSearch.instant(page.after().get("at")));
            params.put("id", PostSearch.uuid(page.after().get("id")));
        }
        List<Post> rows = Post.<Post>find(where + " order by createdAt desc, id desc", params)
                .page(0, page.limit() + 1).list();
        return Page.of(rows, page.limit(), p -> Map.of("at", p.createdAt.toString(), "id", p.id.toString()))
                .map(PostMapper::adminSummary);
    }

    public PostView.PreviewLink previewLink(UUID id, Duration ttl) {
        Post post = Post.<Post>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Post", id.toString()));
        Duration lifetime = ttl == null ? config.previewTtl() : ttl;
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(config.previewMaxTtl()) > 0) {
            throw ApiException.invalid("ttl", "must be positive and at most " + config.previewMaxTtl());
        }
        Instant expires = Instant.now().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String signature = signer.sign(post.id, expires.getEpochSecond());
        String url = config.apiUrl() + "/posts/" + post.slug + "/preview?expires=" + expires.getEpochSecond()
                + "&signature=" + signature;
        return new PostView.PreviewLink(url, expires);
    }

    /** Any post, whatever its status, for the holder of a valid preview link. */
    public PostView.PublicPost preview(String slug, String expires, String signature) {
        Post post = Post.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Post", slug));
        signer.verify(post.id, expires, signature, Instant.now());
        return mapper.publicPost(post);
    }

    private void announce(Post post) {
        switch (post.status) {
            case PUBLISHED -> events.published(post);
            case ARCHIVED -> events.archived(post);
            default -> {
            }
        }
    }

    /** Checks what Bean Validation cannot: the body's size in bytes and that the authors exist. */
    private Post.Content content(PostView.Request request) {
        if (request.body().getBytes(StandardCharsets.UTF_8).length > config.bodyMaxBytes()) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "Payload too large",
                    "The body may have at most " + config.bodyMaxBytes() + " bytes of Markdown",
                    List.of(new FieldError("body", "must be at most " + config.bodyMaxBytes() + " bytes")));
        }
        List<Author> found = Author.withSlugs(request.authors());
        List<UUID> authorIds = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.authors().size(); i++) {
            String slug = request.authors().get(i);
            Optional<Author> author = found.stream().filter(a -> a.slug.equals(slug)).findFirst();
            if (author.isEmpty()) {
                unknown.add(new FieldError("authors[" + i + "]", "no author '" + slug + "'"));
            } else if (!authorIds.contains(author.get().id)) {
                authorIds.add(author.get().id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(400, "UNKNOWN_AUTHOR", "Invalid request",
                    unknown.size() == 1 ? "1 field is invalid" : unknown.size() + " fields are invalid", unknown);
        }
        PostView.HeroImage hero = request.heroImage();
        return new Post.Content(request.slug(), request.title(), request.excerpt(), request.body(),
                Markdown.toSafeHtml(request.body()), hero == null ? null : hero.url(), hero == null ? null : hero.alt(),
                hero == null ? null : hero.caption(), authorIds, request.tags(), request.styleSlugs(),
                request.collectionSlugs());
    }

    /** Turns a lost race into the answer the client would have got a moment later. */
    private void flush(String slug) {
        try {
            Post.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e instanceof StaleStateException
                    || e.getCause() instanceof StaleStateException) {
                throw Preconditions.stale();
            }
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                throw duplicateSlug(slug);
            }
            throw e;
        }
    }

    private static ApiException duplicateSlug(String slug) {
        return ApiException.conflict("DUPLICATE_SLUG", "A post with slug '" + slug + "' exists", "slug");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
