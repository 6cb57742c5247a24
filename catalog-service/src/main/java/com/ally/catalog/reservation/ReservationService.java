package com.ally.catalog.reservation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.ally.catalog.inventory.Sku;
import com.ally.catalog.inventory.StockEvents;
import com.ally.catalog.outbox.Outbox;

/**
 * Holds stock for orders and exchanges: all lines or none, with one conditional UPDATE per SKU,
 * so concurrent orders can never oversell. Release and commit act on exactly what was held.
 */
@ApplicationScoped
public class ReservationService {

    public static final String TOPIC = "catalog.reservation";
    public static final String RESERVED = "ally.catalog.reservation.stock-reserved.v1";
    public static final String REJECTED = "ally.catalog.reservation.stock-reservation-rejected.v1";
    public static final String RELEASED = "ally.catalog.reservation.stock-released.v1";

    public record Shortage(String sku, int requested, int available) {
    }

    /** Either every line is held, or nothing is and the shortages say why. */
    public record Outcome(UUID reservationId, List<ReservationLine> held, List<Shortage> shortages) {

        public boolean reserved() {
            return !held.isEmpty();
        }
    }

    private final Outbox outbox;
    private final StockEvents stockEvents;
    private final EntityManager em;

    public ReservationService(Outbox outbox, StockEvents stockEvents, EntityManager em) {
        this.outbox = outbox;
        this.stockEvents = stockEvents;
        this.em = em;
    }

    @Transactional
    public Outcome reserve(UUID reservationId, UUID orderId, ReservationKind kind, List<ReservationLine> requested) {
        List<ReservationLine> existing = lines(reservationId, null);
        if (!existing.isEmpty()) {
            return new Outcome(reservationId, existing, List.of()); // asked again: it is already held
        }
        List<ReservationLine> lines = ReservationLine.merged(requested.stream().filter(l -> l.quantity() > 0).toList());
        Map<String, Sku> skus = new HashMap<>();
        Sku.byCodes(lines.stream().map(ReservationLine::sku).toList()).forEach(s -> skus.put(s.sku, s));

        List<ReservationLine> held = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        boolean complete = !lines.isEmpty();
        for (ReservationLine line : lines) {
            Optional<Integer> left = skus.containsKey(line.sku()) ? Sku.reserve(line.sku(), line.quantity()) : Optional.empty();
            if (left.isEmpty()) {
                complete = false;
                break;
            }
            held.add(line);
            after.add(left.get());
        }
        if (!complete) {
            // All or none: give back what this attempt took, then name every line that is short.
            held.forEach(line -> Sku.release(line.sku(), line.quantity()));
            List<Shortage> shortages = shortages(lines, skus);
            outbox.publish(TOPIC, reservationId.toString(), REJECTED,
                    new Rejected(reservationId.toString(), orderId.toString(), kind, shortages));
            return new Outcome(reservationId, List.of(), shortages);
        }
        for (int i = 0; i < held.size(); i++) {
            ReservationLine line = held.get(i);
            em.createNativeQuery("""
                    insert into reservation (reservation_id, sku, order_id, kind, quantity, state)
                    values (?1, ?2, ?3, ?4, ?5, 'HELD')""")
                    .setParameter(1, reservationId).setParameter(2, line.sku()).setParameter(3, orderId)
                    .setParameter(4, kind.name()).setParameter(5, line.quantity()).executeUpdate();
            stockEvents.moved(skus.get(line.sku()), after.get(i) + line.quantity(), after.get(i));
        }
        outbox.publish(TOPIC, reservationId.toString(), RESERVED,
                new Reserved(reservationId.toString(), orderId.toString(), kind, held));
        return new Outcome(reservationId, held, List.of());
    }

    /** Gives back whatever the reservation still holds; a second call finds nothing held and does nothing. */
    @Transactional
    public List<ReservationLine> release(UUID reservationId, String reason) {
        List<Object[]> rows = transition(reservationId, "RELEASED");
        List<ReservationLine> released = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (Object[] row : rows) {
            ReservationLine line = new ReservationLine((String) row[0], ((Number) row[1]).intValue());
            after.add(Sku.release(line.sku(), line.quantity())
                    .orElseThrow(() -> new IllegalStateException("Reserved count of " + line.sku() + " is below what is held")));
            released.add(line);
        }
        for (int i = 0; i < released.size(); i++) {
            ReservationLine line = released.get(i);
            stockEvents.moved(Sku.findById(line.sku()), after.get(i) - line.quantity(), after.get(i));
        }
        if (!rows.isEmpty()) {
            Object[] first = rows.get(0);
            outbox.publish(TOPIC, reservationId.toString(), RELEASED, new Released(reservationId.toString(),
                    first[2].toString(), ReservationKind.valueOf((String) first[3]), reason, released));
        }
        return released;
    }

    /** The held units were shipped: they leave both on hand and reserved. */
    @Transactional
    public List<ReservationLine> commit(UUID reservationId) {
        List<ReservationLine> committed = new ArrayList<>();
        for (Object[] row : transition(reservationId, "COMMITTED")) {
            ReservationLine line = new ReservationLine((String) row[0], ((Number) row[1]).intValue());
            Sku.commit(line.sku(), line.quantity())
                    .orElseThrow(() -> new IllegalStateException("Reserved count of " + line.sku() + " is below what is held"));
            committed.add(line);
        }
        return committed;
    }

    /** Returned pairs go back on the shelf. Unknown SKUs are skipped: nothing to put them on. */
    @Transactional
    public void restock(List<ReservationLine> lines) {
        List<ReservationLine> restocked = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (ReservationLine line : ReservationLine.merged(lines)) {
            if (line.quantity() > 0) {
                Sku.restock(line.sku(), line.quantity()).ifPresent(left -> {
                    restocked.add(line);
                    after.add(left);
                });
            }
        }
        for (int i = 0; i < restocked.size(); i++) {
            ReservationLine line = restocked.get(i);
            stockEvents.moved(Sku.findById(line.sku()), after.get(i) - line.quantity(), after.get(i));
        }
    }

    /** What a reservation holds now (or ever held, when state is null). */
    public List<ReservationLine> lines(UUID reservationId, String state) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select sku, quantity from reservation where reservation_id = ?1 and (cast(?2 as text) is null or state = ?2)
                order by sku""").setParameter(1, reservationId).setParameter(2, state).getResultList();
        return rows.stream().map(r -> new ReservationLine((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    /** The lines moved from HELD, in SKU order: the order stock rows are locked in everywhere. */
    @SuppressWarnings("unchecked")
    private List<Object[]> transition(UUID reservationId, String to) {
        List<Object[]> rows = new ArrayList<>(em.createNativeQuery("""
                update reservation set state = ?2, updated_at = now()
                where reservation_id = ?1 and state = 'HELD'
                returning sku, quantity, order_id, kind""").setParameter(1, reservationId).setParameter(2, to)
                .getResultList());
        rows.sort(java.util.Comparator.comparing(row -> (String) row[0]));
        return rows;
    }

    private List<Shortage> shortages(List<ReservationLine> lines, Map<String, Sku> skus) {
        Map<String, Integer> available = new HashMap<>();
        if (!skus.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select sku, on_hand - reserved from inventory where sku = any(?1)")
                    .setParameter(1, skus.keySet().toArray(String[]::new)).getResultList();
            rows.forEach(r -> available.put((String) r[0], ((Number) r[1]).intValue()));
        }
        return lines.stream()
                .map(l -> new Shortage(l.sku(), l.quantity(), available.getOrDefault(l.sku(), 0)))
                .filter(s -> s.available() < s.requested())
                .toList();
    }

    record Reserved(String reservationId, String orderId, ReservationKind kind, List<ReservationLine> lines) {
    }

    record Rejected(String reservationId, String orderId, ReservationKind kind, List<Shortage> unavailable) {
    }

    record Released(String reservationId, String orderId, ReservationKind kind, String reason,
            List<ReservationLine> lines) {
    }
}
