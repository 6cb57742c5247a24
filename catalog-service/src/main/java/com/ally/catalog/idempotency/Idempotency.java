package com.ally.catalog.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;

/**
 * Idempotency-Key for writes that create: the same key and body replay the first answer; the same
 * key with another body is 422 IDEMPOTENCY_KEY_REUSED. Keys are kept 24 hours.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    public record Stored(int status, String body) {
    }

    /** The JSON answer to a keyed write: the first one, or its replay. */
    public record Answer(int status, String body, boolean replayed) {

        /** Status and JSON body, and {@code Idempotent-Replayed: true} on a replay. */
        public Response.ResponseBuilder response() {
            Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
            return replayed ? response.header(REPLAYED, "true") : response;
        }
    }

    private final EntityManager em;
    private final ObjectMapper json;

    public Idempotency(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Does a write once per key (within its scope): the first call runs {@code work} and keeps its
     * answer; a later call with the same key and an equal request (compared as JSON, so spacing and
     * field order do not matter) replays it without running anything; another request is 422.
     * Without a key the work simply runs.
     *
     * @param request what identifies the write: the request record, with the path's ids when they matter
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Answer once(String scope, String key, Object request, int status, Supplier<?> work) {
        String requestHash = hash(write(request));
        Optional<Stored> earlier = replay(scope, key, requestHash);
        if (earlier.isPresent()) {
            return new Answer(earlier.get().status(), earlier.get().body(), true);
        }
        String body = write(work.get());
        remember(scope, key, requestHash, status, body);
        return new Answer(status, body, false);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hash(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the first answer to this key, if it was given for the same body; throws if for another */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> replay(String scope, String key, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiException.invalid(HEADER, "must be 1 to 200 characters");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, body from idempotency_record
                where scope = ?1 and key = ?2 and created_at > now() - interval '24 hours' for update""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new ApiException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "This Idempotency-Key was used with another body", List.of(new FieldError(HEADER, "was used with another body")));
        }
        return Optional.of(new Stored(((Number) row[1]).intValue(), (String) row[2]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, String requestHash, int status, String body) {
        if (key == null) {
            return;
        }
        // An expired row of the same key is replaced; a concurrent first use makes this fail and roll back.
        em.createNativeQuery("delete from idempotency_record where scope = ?1 and key = ?2 and created_at <= now() - interval '24 hours'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
        em.createNativeQuery("insert into idempotency_record (scope, key, request_hash, status, body) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, status)
                .setParameter(5, body).executeUpdate();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from idempotency_record where created_at < now() - interval '24 hours'")
                .executeUpdate());
    }
}
