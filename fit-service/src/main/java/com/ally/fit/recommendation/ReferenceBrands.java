package com.ally.fit.recommendation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How known brands size against the chart, from {@code fit/reference-brands.csv}. Names are matched
 * ignoring case, spaces and punctuation, so "dr martens" finds "Dr. Martens".
 */
public final class ReferenceBrands {

    public static final String RESOURCE = "/fit/reference-brands.csv";

    private final Map<String, Brand> brands;

    ReferenceBrands(Map<String, Brand> brands) {
        this.brands = Map.copyOf(brands);
    }

    public static ReferenceBrands load() {
        try (InputStream in = ReferenceBrands.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Reference brands " + RESOURCE + " are missing");
            }
            Map<String, Brand> brands = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",");
                brands.put(key(c[0]), new Brand(c[0].strip(), Double.parseDouble(c[1])));
            }
            return new ReferenceBrands(brands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Brand> find(String name) {
        return Optional.ofNullable(brands.get(key(name)));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** @param sizeOffset chart size minus the brand's label size for the same foot */
    public record Brand(String name, double sizeOffset) {
    }
}
