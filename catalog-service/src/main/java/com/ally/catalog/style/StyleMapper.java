package com.ally.catalog.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.catalog.inventory.Availability;
import com.ally.catalog.inventory.InventoryConfig;
import com.ally.catalog.inventory.Sku;
import com.ally.catalog.money.Money;
import com.ally.catalog.sizing.Width;

/** Maps styles, their colourways and their stock to the API's and the events' records. */
@ApplicationScoped
public class StyleMapper {

    private static final TypeReference<List<StyleView.Image>> IMAGES = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final int lowMax;

    public StyleMapper(ObjectMapper json, InventoryConfig config) {
        this.json = json;
        this.lowMax = config.lowStockMax();
    }

    public StyleView.Snapshot snapshot(Style style, List<Sku> skus, List<String> collections) {
        return new StyleView.Snapshot(style.id.toString(), style.slug, style.name, style.description, style.category,
                style.heelHeight, style.toeShape, list(style.comfortFeatures), list(style.upperMaterials), style.status,
                collections, colourways(style, skus), style.updatedAt);
    }

    public StyleView.Admin admin(Style style, List<Sku> skus, List<String> collections) {
        return new StyleView.Admin(style.id.toString(), style.slug, style.code, style.name, style.description,
                style.category, style.heelHeight, style.toeShape, list(style.comfortFeatures),
                list(style.upperMaterials), style.status, style.status.allowedTransitions(), style.featuredRank,
                collections, colourways(style, skus), style.version, style.publishedAt, style.updatedBy,
                style.updatedAt);
    }

    public StyleView.Public shopper(Style style, List<Sku> skus, List<String> collections) {
        Map<UUID, List<Sku>> byColourway = skus.stream().collect(Collectors.groupingBy(s -> s.colourwayId));
        List<StyleView.PublicColourway> colourways = style.colourways.stream()
                .map(c -> new StyleView.PublicColourway(c.id.toString(), c.code, c.name, c.colour, c.material,
                        price(c), compareAt(c), images(c.images), grid(byColourway.getOrDefault(c.id, List.of()))))
                .toList();
        return new StyleView.Public(style.id.toString(), style.slug, style.name, style.description, style.category,
                style.heelHeight, style.toeShape, list(style.comfortFeatures), list(style.upperMaterials), collections,
                colourways, style.updatedAt);
    }

    public StyleView.Summary summary(Style style) {
        List<StyleView.SummaryColourway> colourways = style.colourways.stream()
                .map(c -> new StyleView.SummaryColourway(c.code, c.name, c.colour, price(c), compareAt(c),
                        images(c.images).stream().findFirst().orElse(null)))
                .toList();
        String currency = style.colourways.isEmpty() ? "USD" : style.colourways.get(0).currency;
        return new StyleView.Summary(style.id.toString(), style.slug, style.name, style.category, style.heelHeight,
                style.toeShape, style.fromPrice == null ? null : Money.of(style.fromPrice, currency), colourways);
    }

    public String imagesJson(List<StyleView.Image> images) {
        try {
            return json.writeValueAsString(images == null ? List.of() : images);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StyleView.ColourwaySnapshot> colourways(Style style, List<Sku> skus) {
        Map<UUID, List<Sku>> byColourway = skus.stream().collect(Collectors.groupingBy(s -> s.colourwayId));
        return style.colourways.stream()
                .map(c -> new StyleView.ColourwaySnapshot(c.id.toString(), c.code, c.name, c.colour, c.material,
                        price(c), compareAt(c), images(c.images),
                        byColourway.getOrDefault(c.id, List.of()).stream()
                                .map(s -> new StyleView.SkuLine(s.sku, s.size, s.width, s.available(),
                                        Availability.of(s.available(), lowMax)))
                                .toList()))
                .toList();
    }

    private List<StyleView.GridRow> grid(List<Sku> skus) {
        Map<java.math.BigDecimal, Map<Width, StyleView.Cell>> rows = new LinkedHashMap<>();
        skus.stream().sorted((a, b) -> a.size.compareTo(b.size) != 0 ? a.size.compareTo(b.size) : a.width.compareTo(b.width))
                .forEach(s -> rows.computeIfAbsent(s.size, k -> new EnumMap<>(Width.class))
                        .put(s.width, new StyleView.Cell(s.sku, Availability.of(s.available(), lowMax))));
        List<StyleView.GridRow> grid = new ArrayList<>(rows.size());
        rows.forEach((size, widths) -> grid.add(new StyleView.GridRow(size, widths)));
        return grid;
    }

    private static Money price(Colourway c) {
        return Money.of(c.priceAmount, c.currency);
    }

    private static Money compareAt(Colourway c) {
        return c.compareAtAmount == null ? null : Money.of(c.compareAtAmount, c.currency);
    }

    private List<StyleView.Image> images(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, IMAGES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
