package com.ally.fit.recommendation;

import java.util.List;

import com.ally.fit.problem.ApiException;
import com.ally.fit.problem.FieldError;

/** The evidence points to a size ALLY does not make (outside US 4 to 12). */
public class NoSizeFits extends ApiException {

    public NoSizeFits(String field, String detail) {
        super(422, "NO_SIZE_FITS", "No size fits", detail, List.of(new FieldError(field, detail)));
    }
}
