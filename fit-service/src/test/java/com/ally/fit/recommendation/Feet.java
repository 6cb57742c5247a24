package com.ally.fit.recommendation;

import java.util.List;

import com.ally.fit.sizing.LengthUnit;
import com.ally.fit.sizing.Width;

/** Small builders of fit requests for the tests. */
final class Feet {

    private Feet() {
    }

    static FitRequest cm(double length) {
        return request(new FitRequest.Feet(LengthUnit.CM, new FitRequest.Foot(length, null), null));
    }

    static FitRequest cm(double length, double width) {
        return request(new FitRequest.Feet(LengthUnit.CM, new FitRequest.Foot(length, width), null));
    }

    static FitRequest inches(double length) {
        return request(new FitRequest.Feet(LengthUnit.IN, new FitRequest.Foot(length, null), null));
    }

    static FitRequest both(LengthUnit unit, double left, double right) {
        return request(new FitRequest.Feet(unit, new FitRequest.Foot(left, null), new FitRequest.Foot(right, null)));
    }

    static FitRequest shoe(String brand, double size, Width width, ShoeFit fit) {
        return new FitRequest(null, List.of(new FitRequest.ReferenceShoe(brand, size, width, fit)), null, null, null);
    }

    static FitRequest with(FitRequest r, FitPreference preference) {
        return new FitRequest(r.feet(), r.referenceShoes(), preference, r.conditions(), r.style());
    }

    static FitRequest with(FitRequest r, Condition... conditions) {
        return new FitRequest(r.feet(), r.referenceShoes(), r.fitPreference(), List.of(conditions), r.style());
    }

    private static FitRequest request(FitRequest.Feet feet) {
        return new FitRequest(feet, null, null, null, null);
    }
}
