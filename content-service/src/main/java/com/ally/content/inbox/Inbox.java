package com.ally.content.inbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events this service has applied. Called in the same transaction as the effect:
 * if the effect rolls back, so does the record, and the redelivered event is applied again.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * @return true the first time an event id is seen; false for a duplicate, whose effect must be
     *         skipped. A concurrent duplicate waits on the first one's row lock, then sees it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String type) {
        return em.createNativeQuery("insert into inbox_event (event_id, type) values (?1, ?2) on conflict do nothing")
                .setParameter(1, eventId).setParameter(2, type).executeUpdate() == 1;
    }
}
