package com.ally.catalog.inventory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StockImportTest {

    private static final Map<String, Integer> KNOWN = Map.of("FFL-BLK-075-W", 0, "FFL-BLK-080-W", 2);

    @Test
    void goodRowsBecomeLines() {
        List<StockImport.Line> lines = StockImport.validate(List.of(new StockImport.RawRow("FFL-BLK-075-W", "12"),
                new StockImport.RawRow(" FFL-BLK-080-W ", "2")), KNOWN);
        assertThat(lines).containsExactly(new StockImport.Line("FFL-BLK-075-W", 12), new StockImport.Line("FFL-BLK-080-W", 2));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsReturned() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> StockImport.validate(List.of(
                new StockImport.RawRow("FFL-BLK-075-W", "5"),
                new StockImport.RawRow("NOPE-1", "5"),
                new StockImport.RawRow("FFL-BLK-075-W", "-1"),
                new StockImport.RawRow("FFL-BLK-080-W", "1"),
                new StockImport.RawRow("", "x")), KNOWN));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows[1].sku", "rows[2].sku",
                "rows[2].onHand", "rows[3].onHand", "rows[4].sku", "rows[4].onHand");
        assertThat(e.getMessage()).contains("nothing was applied");
    }

    @Test
    void emptyImportIsRefused() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> StockImport.validate(List.of(), KNOWN));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("rows");
    }

    @Test
    void csvNeedsItsHeaderAndReadsRows() {
        assertThat(StockImport.parseCsv("sku,onHand\nA-B-070-M,3\n\nA-B-075-M, 4\nbroken"))
                .containsExactly(new StockImport.RawRow("A-B-070-M", "3"), new StockImport.RawRow("A-B-075-M", "4"),
                        new StockImport.RawRow("broken", null));
        ApiException e = catchThrowableOfType(ApiException.class, () -> StockImport.parseCsv("a,b\n1,2"));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("body");
    }
}
