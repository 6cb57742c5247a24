package com.ally.content.idempotency;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import com.ally.content.problem.ApiException;
import com.ally.content.problem.FieldError;

/**
 * Idempotency-Key on creating POSTs. The key is claimed in the creating transaction, before the
 * work: a concurrent request with the same key waits on that row, then replays the committed answer;
 * if the work rolls back, the claim goes with it. Keys are kept 24 hours.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ObjectMapper json;

    public IdempotencyKeys(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The first answer to a key, to send again with {@code Idempotent-Replayed: true}. */
    public record Replay(int status, String location, String body) {
    }

    /** @return empty when the key is new (the caller does the work, then {@link #remember}); else the first answer */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Replay> claim(String scope, String key, Object request) {
        if (key.isBlank() || key.length() > 200) {
            throw ApiException.invalid(HEADER, "must have 1 to 200 characters");
        }
        String hash = hash(request);
        em.createNativeQuery("delete from idempotency_key where scope = ?1 and key = ?2 and created_at < now() - interval '24 hours'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (scope, key, request_hash) values (?1, ?2, ?3) on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery(
                "select request_hash, status, location, body from idempotency_key where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getSingleResult();
        if (!hash.equals(row[0])) {
            throw new ApiException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "This Idempotency-Key was used with another request body",
                    List.of(new FieldError(HEADER, "was used with another request body")));
        }
        return Optional.of(new Replay((Integer) row[1], (String) row[2], (String) row[3]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, int status, String location, Object body) {
        try {
            em.createNativeQuery("update idempotency_key set status = ?3, location = ?4, body = ?5 where scope = ?1 and key = ?2")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                    .setParameter(5, json.writeValueAsString(body)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from idempotency_key where created_at < now() - interval '24 hours'")
                .executeUpdate());
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
