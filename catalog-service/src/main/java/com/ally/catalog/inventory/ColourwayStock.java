package com.ally.catalog.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.catalog.sizing.Cells;

/**
 * What the style list reads instead of the SKUs: per colourway, which size x width cells it offers
 * and which are in stock now (available > 0), as {@link Cells} sets, plus the in-stock sizes and
 * widths as bit masks for the facets, and its colour. One row per colourway; it changes only when
 * one of its SKUs crosses OUT, in the same transaction (see {@link StockEvents#moved}).
 */
@Entity
@Table(name = "colourway_stock")
public class ColourwayStock extends PanacheEntityBase {

    @Id
    @Column(name = "colourway_id")
    public UUID colourwayId;

    @Column(name = "style_id")
    public UUID styleId;

    /** The colourway's colour family, which never changes: filtered on with the stock. */
    public String colour;

    @Column(name = "offered_cells")
    public short[] offeredCells;

    @Column(name = "in_stock_cells")
    public short[] inStockCells;

    @Column(name = "in_stock_sizes")
    public int inStockSizes;

    @Column(name = "in_stock_widths")
    public int inStockWidths;

    @Column(name = "updated_at")
    public Instant updatedAt;

    protected ColourwayStock() {
    }

    /** A new colourway: it offers these cells and has none of them in stock yet. */
    public static ColourwayStock offering(UUID styleId, UUID colourwayId, String colour, Collection<Integer> cells,
            Instant now) {
        ColourwayStock row = new ColourwayStock();
        row.colourwayId = colourwayId;
        row.styleId = styleId;
        row.colour = colour;
        row.offeredCells = new short[0];
        for (int cell : cells) {
            row.offeredCells = Cells.with(row.offeredCells, cell, true);
        }
        row.inStockCells = new short[0];
        row.updatedAt = now;
        return row;
    }

    /**
     * Marks one cell in or out of stock.
     *
     * @return whether that changed anything
     */
    public boolean follow(int cell, boolean inStock, Instant now) {
        short[] next = Cells.with(inStockCells, cell, inStock);
        if (next == inStockCells) {
            return false;
        }
        inStockCells = next;
        inStockSizes = Cells.sizeMask(next);
        inStockWidths = Cells.widthMask(next);
        updatedAt = now;
        return true;
    }

    /**
     * The colourway's row, locked until the transaction ends: concurrent moves of its SKUs then
     * apply one after the other, each to the row as the previous one left it.
     */
    static ColourwayStock locked(UUID colourwayId) {
        ColourwayStock row = getEntityManager().find(ColourwayStock.class, colourwayId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("No stock summary for colourway " + colourwayId);
        }
        return row;
    }
}
