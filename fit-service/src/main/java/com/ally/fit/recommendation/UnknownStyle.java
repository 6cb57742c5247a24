package com.ally.fit.recommendation;

import java.util.List;

import com.ally.fit.problem.ApiException;
import com.ally.fit.problem.FieldError;

/** A request names a style the fit finder has never heard of. */
public class UnknownStyle extends ApiException {

    public UnknownStyle(String slug) {
        super(400, "UNKNOWN_STYLE", "Invalid request", "No style '" + slug + "' is known",
                List.of(new FieldError("style", "is not a known style")));
    }
}
