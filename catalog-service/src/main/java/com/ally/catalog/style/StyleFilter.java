package com.ally.catalog.style;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;
import com.ally.catalog.sizing.Sizes;
import com.ally.catalog.sizing.Width;

/** The shopper's filters and sort on the style list, checked; every bad parameter is named. */
public record StyleFilter(String collection, Category category, String colour, BigDecimal heelMin, BigDecimal heelMax,
        Long priceMin, Long priceMax, String q, BigDecimal size, Width width, boolean inStock, Sort sort) {

    public enum Sort {
        FEATURED("featured"), PRICE("price"), PRICE_DESC("-price"), NEWEST("newest");

        final String param;

        Sort(String param) {
            this.param = param;
        }
    }

    /** All parameters as they came in the query string; null when absent. */
    public static StyleFilter parse(String collection, String category, String colour, String heelMin, String heelMax,
            String priceMin, String priceMax, String q, String size, String width, String inStock, String sort) {
        List<FieldError> errors = new ArrayList<>();
        Category cat = null;
        if (category != null) {
            try {
                cat = Category.valueOf(category);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("category", "must be HEEL or FLAT"));
            }
        }
        BigDecimal hMin = decimal("heelMin", heelMin, errors);
        BigDecimal hMax = decimal("heelMax", heelMax, errors);
        Long pMin = amount("priceMin", priceMin, errors);
        Long pMax = amount("priceMax", priceMax, errors);
        BigDecimal sz = decimal("size", size, errors);
        if (sz != null && !Sizes.valid(sz)) {
            errors.add(new FieldError("size", "must be 4.0 to 12.0 in half sizes"));
            sz = null;
        }
        Width w = null;
        if (width != null) {
            try {
                w = Width.valueOf(width);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("width", "must be NARROW, MEDIUM, WIDE or EXTRA_WIDE"));
            }
        }
        boolean stock = false;
        if (inStock != null) {
            if (!inStock.equals("true") && !inStock.equals("false")) {
                errors.add(new FieldError("inStock", "must be true or false"));
            }
            stock = inStock.equals("true");
        }
        Sort order = Sort.FEATURED;
        if (sort != null) {
            order = null;
            for (Sort s : Sort.values()) {
                if (s.param.equals(sort)) {
                    order = s;
                }
            }
            if (order == null) {
                errors.add(new FieldError("sort", "must be featured, price, -price or newest"));
            }
        }
        if (colour != null && !colour.matches("[A-Z][A-Z0-9_]*")) {
            errors.add(new FieldError("colour", "must be UPPER_SNAKE_CASE, e.g. BLACK"));
        }
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", "Invalid request",
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
        }
        return new StyleFilter(blankToNull(collection), cat, colour, hMin, hMax, pMin, pMax, blankToNull(q), sz, w,
                stock, order);
    }

    boolean filtersColourways() {
        return colour != null || priceMin != null || priceMax != null || filtersSkus();
    }

    boolean filtersSkus() {
        return size != null || width != null || inStock;
    }

    private static BigDecimal decimal(String field, String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number"));
            return null;
        }
    }

    private static Long amount(String field, String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                errors.add(new FieldError(field, "must not be negative"));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number of minor units"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
