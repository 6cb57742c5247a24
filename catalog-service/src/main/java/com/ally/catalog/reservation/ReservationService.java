package com.ally.catalog.reservation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.ally.catalog.inventory.Sku;
import com.ally.catalog.inventory.StockEvents;
import com.ally.catalog.outbox.Outbox;
import com.ally.catalog.request.RequestId;

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
        return reserveAll(List.of(new ReservationRequest(reservationId, orderId, kind, requested, RequestId.current()))).get(0);
    }

    /**
     * Decides a batch of reservations in arrival order, each all or none, and answers each one:
     * StockReserved or StockReservationRejected naming the short lines. The SKUs' rows are locked
     * (in SKU order, so that two batches cannot deadlock) and read once, the decisions are made in
     * memory ({@link Allocation}), and the result is written with one statement per table: a checkout
     * rush costs a few round trips per batch, not several per order. A reservation asked for again
     * is already held and changes nothing.
     */
    @Transactional
    public List<Outcome> reserveAll(List<ReservationRequest> requests) {
        Set<UUID> alreadyHeld = held(requests.stream().map(ReservationRequest::reservationId).toList());
        Map<String, Integer> before = lockAvailable(requests.stream().filter(r -> !alreadyHeld.contains(r.reservationId()))
                .flatMap(r -> r.lines().stream()).map(ReservationLine::sku).collect(Collectors.toCollection(TreeSet::new)));
        Allocation allocation = new Allocation(before);

        List<Outcome> outcomes = new ArrayList<>(requests.size());
        List<Held> heldRows = new ArrayList<>();
        for (ReservationRequest request : requests) {
            if (alreadyHeld.contains(request.reservationId())) {
                outcomes.add(new Outcome(request.reservationId(), lines(request.reservationId(), null), List.of()));
                continue;
            }
            List<ReservationLine> lines = ReservationLine.merged(request.lines().stream().filter(l -> l.quantity() > 0).toList());
            List<Shortage> shortages = allocation.take(lines);
            boolean reserved = !lines.isEmpty() && shortages.isEmpty();
            if (reserved) {
                lines.forEach(l -> heldRows.add(new Held(request, l)));
            }
            outcomes.add(new Outcome(request.reservationId(), reserved ? lines : List.of(), shortages));
        }
        write(heldRows, before, allocation);
        for (int i = 0; i < requests.size(); i++) {
            ReservationRequest request = requests.get(i);
            Outcome outcome = outcomes.get(i);
            if (alreadyHeld.contains(request.reservationId())) {
                continue;
            }
            RequestId.set(request.requestId());
            if (outcome.reserved()) {
                outbox.publish(TOPIC, request.reservationId().toString(), RESERVED, new Reserved(
                        request.reservationId().toString(), request.orderId().toString(), request.kind(), outcome.held()));
            } else {
                outbox.publish(TOPIC, request.reservationId().toString(), REJECTED, new Rejected(
                        request.reservationId().toString(), request.orderId().toString(), request.kind(), outcome.shortages()));
            }
        }
        return outcomes;
    }

    private Set<UUID> held(List<UUID> reservationIds) {
        @SuppressWarnings("unchecked")
        List<UUID> rows = em.createNativeQuery("select distinct reservation_id from reservation where reservation_id = any(?1)")
                .setParameter(1, reservationIds.toArray(UUID[]::new)).getResultList();
        return new HashSet<>(rows);
    }

    /** Units available per SKU, the rows locked until commit. Read with SQL, never from entities this transaction may hold stale. */
    private Map<String, Integer> lockAvailable(Set<String> skus) {
        Map<String, Integer> available = new HashMap<>();
        if (!skus.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select sku, on_hand - reserved from inventory where sku = any(?1) order by sku for update")
                    .setParameter(1, skus.toArray(String[]::new)).getResultList();
            rows.forEach(r -> available.put((String) r[0], ((Number) r[1]).intValue()));
        }
        return available;
    }

    /** One UPDATE for the stock and one INSERT for the reservations of the whole batch; then the SKUs that changed level are announced. */
    private void write(List<Held> heldRows, Map<String, Integer> before, Allocation allocation) {
        if (heldRows.isEmpty()) {
            return;
        }
        Map<String, Integer> taken = new TreeMap<>();
        heldRows.forEach(h -> taken.merge(h.line().sku(), h.line().quantity(), Integer::sum));
        em.createNativeQuery("""
                update inventory i set reserved = i.reserved + t.quantity, updated_at = now()
                from unnest(cast(?1 as text[]), cast(?2 as int[])) as t(sku, quantity) where i.sku = t.sku""")
                .setParameter(1, taken.keySet().toArray(String[]::new))
                .setParameter(2, taken.values().toArray(Integer[]::new)).executeUpdate();
        em.createNativeQuery("""
                insert into reservation (reservation_id, sku, order_id, kind, quantity, state)
                select r, s, o, k, q, 'HELD' from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as uuid[]),
                    cast(?4 as text[]), cast(?5 as int[])) as t(r, s, o, k, q)""")
                .setParameter(1, heldRows.stream().map(h -> h.request().reservationId()).toArray(UUID[]::new))
                .setParameter(2, heldRows.stream().map(h -> h.line().sku()).toArray(String[]::new))
                .setParameter(3, heldRows.stream().map(h -> h.request().orderId()).toArray(UUID[]::new))
                .setParameter(4, heldRows.stream().map(h -> h.request().kind().name()).toArray(String[]::new))
                .setParameter(5, heldRows.stream().map(h -> h.line().quantity()).toArray(Integer[]::new))
                .executeUpdate();
        // Most reservations leave a SKU at its level: only those that cross one are loaded and announced.
        List<String> crossing = taken.keySet().stream()
                .filter(sku -> stockEvents.crosses(before.get(sku), allocation.left(sku))).toList();
        Sku.byCodes(crossing).forEach(sku -> stockEvents.moved(sku, before.get(sku.sku), allocation.left(sku.sku)));
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
        rows.sort(Comparator.comparing(row -> (String) row[0]));
        return rows;
    }

    private record Held(ReservationRequest request, ReservationLine line) {
    }

    record Reserved(String reservationId, String orderId, ReservationKind kind, List<ReservationLine> lines) {
    }

    record Rejected(String reservationId, String orderId, ReservationKind kind, List<Shortage> unavailable) {
    }

    record Released(String reservationId, String orderId, ReservationKind kind, String reason,
            List<ReservationLine> lines) {
    }
}
