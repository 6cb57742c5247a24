package com.ally.orders.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import com.ally.orders.paging.PageRequest;
import com.ally.orders.problem.ApiException;

/** The filters of an order list, newest first, keyset-paged on (createdAt, id). */
public record OrderFilter(OrderStatus status, Instant from, Instant to, String email, String customerId) {

    PanacheQuery<Order> query(PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (from != null) {
            where.add("createdAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("createdAt < :to");
            params.put("to", to);
        }
        if (email != null && !email.isBlank()) {
            where.add("lower(email) = :email");
            params.put("email", email.strip().toLowerCase(Locale.ROOT));
        }
        if (customerId != null) {
            where.add("customerId = :customerId");
            params.put("customerId", customerId);
        }
        if (!page.first()) {
            try {
                params.put("afterAt", Instant.parse(page.after().get("createdAt")));
                params.put("afterId", UUID.fromString(page.after().get("id")));
            } catch (RuntimeException e) {
                throw ApiException.invalid("cursor", "is not a cursor this service gave out");
            }
            where.add("(createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by createdAt desc, id desc";
        return Order.find(query, params);
    }
}
