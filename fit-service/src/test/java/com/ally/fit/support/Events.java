package com.ally.fit.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builders of the catalog and order events fit-service consumes, shaped as the event contract says. */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** A SKU of a style snapshot or an inventory change. */
    public record Sku(String code, double size, String width, int available) {

        String availability() {
            return available == 0 ? "OUT" : available <= 3 ? "LOW" : "IN_STOCK";
        }
    }

    /** A SKU code as the catalog makes them: style code, colourway code, size x 10, width letter. */
    public static String skuCode(String styleCode, double size, String width) {
        String letter = switch (width) {
            case "NARROW" -> "N";
            case "WIDE" -> "W";
            case "EXTRA_WIDE" -> "XW";
            default -> "M";
        };
        return String.format("%s-BLKLEA-%03d-%s", styleCode, Math.round(size * 10), letter);
    }

    /** A fresh style code of six upper-case letters and digits, unique enough for one test. */
    public static String styleCode() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    public static ObjectNode envelope(String source, String type, String subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", now());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /** A published style snapshot with one colourway holding the given SKUs. */
    public static ObjectNode stylePublished(UUID styleId, String slug, double heel, List<String> comfortFeatures, List<Sku> skus) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", styleId.toString());
        d.put("slug", slug);
        d.put("name", "The " + slug);
        d.put("description", "A test style");
        d.put("category", heel > 1 ? "HEEL" : "FLAT");
        d.put("heelHeightInches", heel);
        d.put("toeShape", "POINTED");
        ArrayNode features = d.putArray("comfortFeatures");
        comfortFeatures.forEach(features::add);
        d.putArray("upperMaterials").add("LEATHER");
        d.put("status", "ACTIVE");
        d.putArray("collections");
        ObjectNode colourway = d.putArray("colourways").addObject();
        colourway.put("id", UUID.randomUUID().toString());
        colourway.put("code", "BLKLEA");
        colourway.put("name", "Black Leather");
        colourway.put("colour", "BLACK");
        colourway.put("material", "LEATHER");
        colourway.set("price", money(19500));
        colourway.putNull("compareAtPrice");
        ObjectNode image = colourway.putArray("images").addObject();
        image.put("url", "https://images.ally.example/" + slug + ".jpg");
        image.put("alt", "The " + slug);
        ArrayNode skuArray = colourway.putArray("skus");
        for (Sku sku : skus) {
            ObjectNode s = skuArray.addObject();
            s.put("sku", sku.code());
            s.put("size", sku.size());
            s.put("width", sku.width());
            s.put("available", sku.available());
            s.put("availability", sku.availability());
        }
        d.put("updatedAt", now());
        return envelope("/catalog-service", "ally.catalog.style.published.v1", styleId.toString(), d);
    }

    public static ObjectNode availabilityChanged(UUID styleId, String slug, Sku sku, String previous) {
        ObjectNode d = JSON.createObjectNode();
        d.put("sku", sku.code());
        d.put("styleId", styleId.toString());
        d.put("styleSlug", slug);
        d.put("colourwayId", UUID.randomUUID().toString());
        d.put("size", sku.size());
        d.put("width", sku.width());
        d.put("available", sku.available());
        d.put("availability", sku.availability());
        d.put("previousAvailability", previous);
        return envelope("/catalog-service", "ally.catalog.inventory.availability-changed.v1", sku.code(), d);
    }

    /** A delivered order with one line of one pair. */
    public static ObjectNode orderDelivered(UUID orderId, UUID styleId, String slug, String sku) {
        ObjectNode d = JSON.createObjectNode();
        d.put("orderId", orderId.toString());
        d.put("status", "DELIVERED");
        d.put("customerId", "customer-" + orderId);
        ObjectNode line = d.putArray("lines").addObject();
        line.put("lineId", UUID.randomUUID().toString());
        line.put("sku", sku);
        line.put("styleId", styleId.toString());
        line.put("styleSlug", slug);
        line.put("colourwayId", UUID.randomUUID().toString());
        line.put("size", 9.0);
        line.put("width", "MEDIUM");
        line.put("quantity", 1);
        line.set("unitPrice", money(19500));
        d.set("total", money(19500));
        d.put("occurredAt", now());
        d.put("deliveredAt", now());
        return envelope("/order-service", "ally.orders.order.delivered.v1", orderId.toString(), d);
    }

    /** The same order at an earlier step: another event type and status, no delivery time. */
    public static ObjectNode orderMoved(ObjectNode delivered, String type, String status) {
        ObjectNode d = ((ObjectNode) delivered.path("data")).put("status", status);
        d.remove("deliveredAt");
        return delivered.put("type", type);
    }

    /** A return request of the one pair of an order line, for a reason. */
    public static ObjectNode returnRequested(UUID returnId, UUID orderId, UUID styleId, String slug, String sku, String reason) {
        ObjectNode d = JSON.createObjectNode();
        d.put("returnId", returnId.toString());
        d.put("orderId", orderId.toString());
        d.put("kind", "RETURN");
        ObjectNode line = d.putArray("lines").addObject();
        line.put("sku", sku);
        line.put("styleId", styleId.toString());
        line.put("styleSlug", slug);
        line.put("colourwayId", UUID.randomUUID().toString());
        line.put("size", 9.0);
        line.put("width", "MEDIUM");
        line.put("quantity", 1);
        line.put("reason", reason);
        d.putArray("replacements");
        d.put("occurredAt", now());
        return envelope("/order-service", "ally.orders.return.requested.v1", returnId.toString(), d);
    }

    /** An exchange of the one pair of an order line for the same style one width up, for a reason. */
    public static ObjectNode exchangeRequested(UUID returnId, UUID orderId, UUID styleId, String slug, String sku,
            String replacementSku, String reason) {
        ObjectNode event = returnRequested(returnId, orderId, styleId, slug, sku, reason);
        ObjectNode d = (ObjectNode) event.path("data");
        d.put("kind", "EXCHANGE");
        ObjectNode replacement = d.putArray("replacements").addObject();
        replacement.put("sku", replacementSku);
        replacement.put("styleId", styleId.toString());
        replacement.put("styleSlug", slug);
        replacement.put("colourwayId", UUID.randomUUID().toString());
        replacement.put("size", 9.0);
        replacement.put("width", "WIDE");
        replacement.put("quantity", 1);
        event.put("type", "ally.orders.return.exchange-requested.v1");
        return event;
    }

    public static ObjectNode returnReceived(ObjectNode requested) {
        ObjectNode data = requested.path("data").deepCopy();
        return envelope("/order-service", "ally.orders.return.received.v1", requested.path("subject").asText(), data);
    }

    private static ObjectNode money(int amount) {
        ObjectNode money = JSON.createObjectNode();
        money.put("amount", amount);
        money.put("currency", "USD");
        return money;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
