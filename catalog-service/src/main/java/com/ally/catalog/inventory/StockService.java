package com.ally.catalog.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.catalog.audit.Audit;
import com.ally.catalog.idempotency.Idempotency;
import com.ally.catalog.problem.ApiException;

/** Stock counts set by staff: one SKU at a time, or a whole import at once. */
@ApplicationScoped
public class StockService {

    static final String IMPORT_SCOPE = "stock-import";

    public record ImportAnswer(int status, String body, boolean replayed) {
    }

    private final StockEvents events;
    private final Audit audit;
    private final Idempotency idempotency;
    private final ObjectMapper json;

    public StockService(StockEvents events, Audit audit, Idempotency idempotency, ObjectMapper json) {
        this.events = events;
        this.audit = audit;
        this.idempotency = idempotency;
        this.json = json;
    }

    public Optional<StockView.Level> find(String code) {
        return Optional.ofNullable(Sku.<Sku>findById(code))
                .map(s -> StockView.of(s, s.onHand, s.reserved, events.availability(s.available())));
    }

    @Transactional
    public StockView.Level set(String code, int onHand, String actor) {
        // Locked first, so that "before" is exact: a reservation cannot slip in between.
        Sku sku = Sku.locked(List.of(code)).stream().findFirst().orElseThrow(() -> ApiException.notFound("SKU", code));
        int before = sku.available();
        int after = Sku.setOnHand(code, onHand).orElseThrow(() -> ApiException.conflict("STOCK_BELOW_RESERVED",
                "On hand cannot go below the " + sku.reserved + " units reserved", "onHand"));
        events.moved(sku, before, after);
        audit.record(actor, "stock.set", "sku", code, "onHand=" + onHand);
        int reserved = onHand - after;
        return StockView.of(sku, onHand, reserved, events.availability(after));
    }

    /** Applies every row or none; an Idempotency-Key replays the first answer. */
    @Transactional
    public ImportAnswer importStock(List<StockImport.RawRow> rows, String key, String requestHash, String actor) {
        Optional<Idempotency.Stored> earlier = idempotency.replay(IMPORT_SCOPE, key, requestHash);
        if (earlier.isPresent()) {
            return new ImportAnswer(earlier.get().status(), earlier.get().body(), true);
        }
        List<String> codes = rows.stream().map(r -> r.sku() == null ? "" : r.sku().strip()).distinct().toList();
        // Every named SKU is locked up front, in SKU order as reservations lock them: the counts
        // validated against are the ones overwritten, and the import cannot deadlock with an order.
        Map<String, Sku> known = new TreeMap<>();
        for (Sku sku : Sku.locked(codes)) {
            known.put(sku.sku, sku);
        }
        Map<String, Integer> reserved = new HashMap<>();
        known.forEach((code, sku) -> reserved.put(code, sku.reserved));
        List<StockImport.Line> lines = StockImport.validate(rows, reserved);

        Map<String, int[]> moves = new TreeMap<>(); // SKU -> {before, after}
        for (int i = 0; i < lines.size(); i++) {
            StockImport.Line line = lines.get(i);
            int row = i;
            int after = Sku.setOnHand(line.sku(), line.onHand()).orElseThrow(() -> ApiException.conflict(
                    "STOCK_BELOW_RESERVED", "Stock was reserved meanwhile; nothing was applied", "rows[" + row + "].onHand"));
            moves.put(line.sku(), new int[] {known.get(line.sku()).available(), after});
        }
        int changed = 0;
        for (Map.Entry<String, int[]> move : moves.entrySet()) {
            if (events.moved(known.get(move.getKey()), move.getValue()[0], move.getValue()[1])) {
                changed++;
            }
        }
        audit.record(actor, "stock.imported", "stock-import", key == null ? "-" : key, lines.size() + " rows");
        String body = write(new StockView.ImportResult(lines.size(), changed));
        idempotency.remember(IMPORT_SCOPE, key, requestHash, 200, body);
        return new ImportAnswer(200, body, false);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
