package com.ally.content.author;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.ally.content.http.Preconditions;
import com.ally.content.paging.Page;
import com.ally.content.paging.PageRequest;
import com.ally.content.problem.ApiException;

/** Transaction boundary for authors. */
@ApplicationScoped
public class AuthorService {

    @Transactional
    public AuthorView.Detail create(AuthorView.Request request) {
        if (Author.findBySlug(request.slug()).isPresent()) {
            throw ApiException.conflict("DUPLICATE_SLUG", "An author with slug '" + request.slug() + "' exists", "slug");
        }
        Author author = Author.create(request.slug(), request.name(), request.role(), request.bio(), now());
        author.persist();
        return AuthorView.of(author);
    }

    /** Changes name, role and bio; the slug stays. {@code expectedVersion} is the If-Match ETag. */
    @Transactional
    public AuthorView.Detail update(String slug, AuthorView.Request request, long expectedVersion) {
        Author author = Author.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Author", slug));
        Preconditions.checkVersion(author.version, expectedVersion);
        author.change(request.name(), request.role(), request.bio(), now());
        try {
            Author.flush();
        } catch (OptimisticLockException e) {
            throw Preconditions.stale();
        }
        return AuthorView.of(author);
    }

    public Optional<Author> find(String slug) {
        return Author.findBySlug(slug);
    }

    public Page<AuthorView.Detail> list(PageRequest page) {
        return Page.of(Author.pageAfter(page.after().get("slug"), page.limit()), page.limit(),
                a -> Map.of("slug", a.slug)).map(AuthorView::of);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
