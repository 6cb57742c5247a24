package com.ally.orders.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.FieldError;
import com.ally.orders.sql.Inserts;

/**
 * Idempotency-Key handling for creates. The key's row, with the answer, is inserted last, in the
 * transaction of the create: one statement, not an insert before and an update after, and the same
 * statement as the rows the create left to write ({@link Created#rows}). A request
 * with a key already answered finds out at that insert, which waits for a concurrent first request
 * to commit, or earlier when the create itself fails (a retried checkout finds its cart checked out):
 * either way its own work is rolled back and the first answer replayed; a different request under
 * the key is 422.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionManager transactions;

    public IdempotencyKeys(EntityManager em, ObjectMapper json, TransactionManager transactions) {
        this.em = em;
        this.json = json;
        this.transactions = transactions;
    }

    /**
     * What a create made: its answer, and the rows it has not written yet, if any, which go to
     * PostgreSQL with the key's row in one statement.
     */
    public record Created(Object body, String location, Inserts rows) {

        public Created(Object body, String location) {
            this(body, location, new Inserts());
        }
    }

    /**
     * @param scope   who may share keys: one customer, or the holder of one guest token
     * @param key     the client's Idempotency-Key
     * @param request what the client asked for: the same key with another request is 422
     * @param create  makes the thing, in the caller's transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IdempotentAnswer once(String scope, String key, Object request, Supplier<Created> create) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw ApiException.invalid(IdempotentAnswer.HEADER, "is required (1 to 255 characters)");
        }
        String hash = hash(request);
        Created created;
        try {
            created = create.get();
        } catch (ApiException refused) {
            return replay(scope, key, hash).orElseThrow(() -> refused);
        }
        String body = write(created.body());
        int inserted = created.rows().execute(em, """
                insert into idempotency_key (scope, idem_key, request_hash, status, response_body, location)
                values (?, ?, ?, 201, ?, ?) on conflict do nothing""", scope, key, hash, body, created.location());
        if (inserted == 0) {
            return replay(scope, key, hash).orElseThrow(() -> new IllegalStateException("Idempotency key row vanished"));
        }
        return new IdempotentAnswer(201, body, created.location(), false);
    }

    /**
     * The first answer under this key, if there is one; this transaction's own work is then rolled
     * back. A different request under the key is 422.
     */
    private Optional<IdempotentAnswer> replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, response_body, location from idempotency_key where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ApiException(422, "IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "This Idempotency-Key was used for a different request",
                    List.of(new FieldError(IdempotentAnswer.HEADER, "was used for a different request")));
        }
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        return Optional.of(new IdempotentAnswer(((Number) row[1]).intValue(), (String) row[2], (String) row[3], true));
    }

    /** Keys are kept 24 hours. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purge() {
        int purged = em.createNativeQuery("delete from idempotency_key where created_at < now() - interval '24 hours'").executeUpdate();
        if (purged > 0) {
            LOG.infof("Forgot %d idempotency keys older than 24 h", purged);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
