package com.ally.fit.recommendation;

import java.util.ArrayList;
import java.util.List;

import com.ally.fit.problem.ApiException;
import com.ally.fit.problem.FieldError;
import com.ally.fit.sizing.LengthUnit;

/** The checks Bean Validation cannot express: ranges that depend on the unit, and what must be present. */
public final class RequestRules {

    static final double MIN_LENGTH_CM = 18;
    static final double MAX_LENGTH_CM = 32;
    static final double MIN_WIDTH_CM = 6;
    static final double MAX_WIDTH_CM = 13;

    private RequestRules() {
    }

    /** @throws ApiException 400 VALIDATION_FAILED naming every offending field */
    public static void check(FitRequest request) {
        List<FieldError> errors = new ArrayList<>();
        FitRequest.Feet feet = request.feet();
        if (feet != null) {
            if (feet.left() == null && feet.right() == null) {
                errors.add(new FieldError("feet", "needs the left or the right foot"));
            }
            checkFoot(feet.unit(), feet.left(), "feet.left", errors);
            checkFoot(feet.unit(), feet.right(), "feet.right", errors);
        }
        for (int i = 0; i < request.shoes().size(); i++) {
            Double size = request.shoes().get(i).size();
            if (size != null && size * 2 != Math.rint(size * 2)) {
                errors.add(new FieldError("referenceShoes[" + i + "].size", "must be a whole or half size"));
            }
        }
        if (feet == null && request.shoes().isEmpty()) {
            errors.add(new FieldError("feet", "give a foot length or at least one reference shoe"));
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
            throw new ApiException(400, "VALIDATION_FAILED", "Invalid request", detail, errors);
        }
    }

    private static void checkFoot(LengthUnit unit, FitRequest.Foot foot, String path, List<FieldError> errors) {
        if (foot == null || unit == null) {
            return;
        }
        if (foot.length() != null && foot.length() > 0) {
            double cm = unit.toInches(foot.length()) * LengthUnit.CM_PER_INCH;
            if (cm < MIN_LENGTH_CM - 1e-9 || cm > MAX_LENGTH_CM + 1e-9) {
                errors.add(new FieldError(path + ".length", unit == LengthUnit.CM
                        ? "must be between 18 and 32 cm"
                        : "must be between 7.09 and 12.6 in (18 to 32 cm)"));
            }
        }
        if (foot.width() != null && foot.width() > 0) {
            double cm = unit.toInches(foot.width()) * LengthUnit.CM_PER_INCH;
            if (cm < MIN_WIDTH_CM - 1e-9 || cm > MAX_WIDTH_CM + 1e-9) {
                errors.add(new FieldError(path + ".width", unit == LengthUnit.CM
                        ? "must be between 6 and 13 cm"
                        : "must be between 2.36 and 5.12 in (6 to 13 cm)"));
            }
        }
    }
}
