package com.ally.fit.recommendation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.fit.sizing.LengthUnit;
import com.ally.fit.sizing.Width;

/**
 * What a shopper tells the fit finder; every part is optional, but it needs a foot length or a
 * reference shoe. Bean Validation checks the shapes; {@link RequestRules} the ranges that depend on the unit.
 */
@Schema(name = "RecommendationRequest")
public record FitRequest(
        @Valid Feet feet,
        @Size(max = 5) List<@NotNull @Valid ReferenceShoe> referenceShoes,
        @Schema(example = "REGULAR") FitPreference fitPreference,
        @Size(max = 5) List<@NotNull Condition> conditions,
        @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a style slug")
        @Schema(example = "forever-flat", description = "The style being looked at, by slug") String style) {

    public List<ReferenceShoe> shoes() {
        return referenceShoes == null ? List.of() : referenceShoes;
    }

    public List<Condition> conditionList() {
        return conditions == null ? List.of() : conditions.stream().distinct().toList();
    }

    public FitPreference preference() {
        return fitPreference == null ? FitPreference.REGULAR : fitPreference;
    }

    public FitRequest forStyle(String slug) {
        return new FitRequest(feet, referenceShoes, fitPreference, conditions, slug);
    }

    @Schema(name = "Feet", description = "Measured feet; the longer foot decides the length, the wider the width")
    public record Feet(
            @NotNull @Schema(example = "CM") LengthUnit unit,
            @Valid Foot left,
            @Valid Foot right) {
    }

    @Schema(name = "Foot")
    public record Foot(
            @NotNull @Positive @Schema(example = "24.3", description = "Heel to longest toe, 18 to 32 cm (7.09 to 12.6 in)") Double length,
            @Positive @Schema(example = "9.4", description = "Ball of the foot, 6 to 13 cm (2.36 to 5.12 in)") Double width) {
    }

    @Schema(name = "ReferenceShoe", description = "A shoe the shopper owns")
    public record ReferenceShoe(
            @NotBlank @Size(max = 60) @Schema(example = "Nike") String brand,
            @NotNull @DecimalMin("1") @DecimalMax("16") @Schema(example = "8") Double size,
            @Schema(example = "MEDIUM") Width width,
            @NotNull @Schema(example = "RIGHT") ShoeFit fit) {
    }
}
