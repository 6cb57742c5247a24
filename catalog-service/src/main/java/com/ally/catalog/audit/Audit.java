package com.ally.catalog.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.ally.catalog.paging.Page;
import com.ally.catalog.paging.PageRequest;
import com.ally.catalog.problem.ApiException;

/** Records who changed what and when, in the same transaction as the change. */
@ApplicationScoped
public class Audit {

    private final EntityManager em;

    public Audit(EntityManager em) {
        this.em = em;
    }

    /**
     * @param actor  the token subject of the admin, or {@code system:<cause>} for event-driven changes
     * @param action what was done, e.g. {@code style.published}
     * @param entity the kind of thing changed, e.g. {@code style}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entity, String entityId, String detail) {
        em.createNativeQuery("insert into audit_log (actor, action, entity, entity_id, detail) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, actor).setParameter(2, action).setParameter(3, entity).setParameter(4, entityId)
                .setParameter(5, detail).executeUpdate();
    }

    /** Newest first, optionally of one entity kind and id; keyset paged on the row id. */
    public Page<AuditEntry> list(String entity, String entityId, PageRequest page) {
        Long before;
        try {
            before = page.first() ? null : Long.valueOf(page.after().get("id"));
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor this service gave out");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, actor, action, entity, entity_id, detail, at from audit_log
                where (cast(?1 as text) is null or entity = ?1) and (cast(?2 as text) is null or entity_id = ?2)
                  and (cast(?3 as bigint) is null or id < ?3)
                order by id desc limit ?4""")
                .setParameter(1, entity).setParameter(2, entityId).setParameter(3, before)
                .setParameter(4, page.limit() + 1).getResultList();
        List<AuditEntry> entries = rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], instant(r[6]))).toList();
        return Page.of(entries, page.limit(), e -> Map.of("id", Long.toString(e.id())));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
