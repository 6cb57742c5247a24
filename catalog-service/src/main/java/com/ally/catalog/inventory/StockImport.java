package com.ally.catalog.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;

/**
 * A bulk stock count, validated as a whole: every bad row is reported, and nothing is applied
 * unless every row is good.
 */
public final class StockImport {

    public static final int MAX_ROWS = 20_000;

    /** A row as it arrived: raw text, so that a CSV typo is reported like any other mistake. */
    public record RawRow(String sku, String onHand) {
    }

    public record Line(String sku, int onHand) {
    }

    private StockImport() {
    }

    /**
     * @param reservedBySku the units reserved of every known SKU named in the rows; a SKU missing
     *                      here is unknown
     * @return the lines to apply, or throws with every bad row named {@code rows[i].field}
     */
    public static List<Line> validate(List<RawRow> rows, Map<String, Integer> reservedBySku) {
        if (rows.isEmpty()) {
            throw ApiException.invalid("rows", "must not be empty");
        }
        if (rows.size() > MAX_ROWS) {
            throw ApiException.invalid("rows", "must hold at most " + MAX_ROWS + " rows");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>(rows.size());
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RawRow row = rows.get(i);
            String at = "rows[" + i + "].";
            String sku = row.sku() == null ? "" : row.sku().strip();
            Integer reserved = reservedBySku.get(sku);
            if (sku.isEmpty()) {
                errors.add(new FieldError(at + "sku", "is required"));
            } else if (reserved == null) {
                errors.add(new FieldError(at + "sku", "is not a known SKU"));
            } else if (firstRow.putIfAbsent(sku, i) != null) {
                errors.add(new FieldError(at + "sku", "appears twice (first in rows[" + firstRow.get(sku) + "])"));
            }
            Integer onHand = parse(row.onHand());
            if (onHand == null) {
                errors.add(new FieldError(at + "onHand", "must be a whole number"));
            } else if (onHand < 0) {
                errors.add(new FieldError(at + "onHand", "must not be negative"));
            } else if (reserved != null && onHand < reserved) {
                errors.add(new FieldError(at + "onHand", "is below the " + reserved + " units reserved"));
            } else {
                lines.add(new Line(sku, onHand));
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? "1 field is invalid; nothing was applied"
                    : errors.size() + " fields are invalid; nothing was applied";
            throw new ApiException(400, "VALIDATION_FAILED", "Invalid request", detail, errors);
        }
        return lines;
    }

    /** Reads {@code text/csv} with a header line {@code sku,onHand}. */
    public static List<RawRow> parseCsv(String csv) {
        List<String> lines = csv == null ? List.of()
                : csv.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).replace(" ", "").equalsIgnoreCase("sku,onHand")) {
            throw ApiException.invalid("body", "must be CSV with the header line 'sku,onHand'");
        }
        List<RawRow> rows = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            rows.add(cells.length == 2 ? new RawRow(cells[0].strip(), cells[1].strip()) : new RawRow(cells[0].strip(), null));
        }
        return rows;
    }

    private static Integer parse(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
