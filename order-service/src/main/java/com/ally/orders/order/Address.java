package com.ally.orders.order;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.orders.problem.ApiException;

/** A shipping address; the country is an ISO 3166-1 alpha-2 code. */
@Schema(name = "Address")
public record Address(
        @NotBlank @Size(max = 120) @Schema(example = "Cleo Hart") String name,
        @NotBlank @Size(max = 200) @Schema(example = "12 Orchard Street") String line1,
        @Size(max = 200) @Schema(example = "Apt 4B") String line2,
        @NotBlank @Size(max = 120) @Schema(example = "Brooklyn") String city,
        @Size(max = 120) @Schema(example = "NY") String region,
        @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{1,14}[A-Za-z0-9]", message = "is not a postal code")
        @Schema(example = "11201") String postalCode,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US")
        @Schema(example = "US") String country) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Rules beyond the shape: a real country, and a US ZIP code for the US. */
    public Address checked(String field) {
        if (!COUNTRIES.contains(country)) {
            throw ApiException.invalid(field + ".country", "is not an ISO 3166-1 alpha-2 country code");
        }
        if ("US".equals(country) && !postalCode.matches("\\d{5}(-\\d{4})?")) {
            throw ApiException.invalid(field + ".postalCode", "is not a US ZIP code (12345 or 12345-6789)");
        }
        return new Address(name.strip(), line1.strip(), line2 == null ? null : line2.strip(), city.strip(),
                region == null ? null : region.strip(), postalCode.strip().toUpperCase(Locale.ROOT), country);
    }
}
