package com.ally.orders.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        return !firstDeliveries(new UUID[] {eventId}, new String[] {type}).isEmpty();
    }

    /** The same for a batch, in one statement: the ids of the events seen for the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(List<IncomingEvent> events) {
        return firstDeliveries(events.stream().map(IncomingEvent::id).toArray(UUID[]::new),
                events.stream().map(IncomingEvent::type).toArray(String[]::new));
    }

    private Set<UUID> firstDeliveries(UUID[] eventIds, String[] types) {
        @SuppressWarnings("unchecked")
        List<UUID> inserted = em.createNativeQuery("""
                insert into inbox_event (event_id, type)
                select * from unnest(cast(?1 as uuid[]), cast(?2 as text[])) on conflict do nothing returning event_id""")
                .setParameter(1, eventIds).setParameter(2, types).getResultList();
        return new HashSet<>(inserted);
    }
}
