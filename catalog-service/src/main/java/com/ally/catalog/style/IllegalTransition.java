package com.ally.catalog.style;

import java.util.List;

import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;

/** A lifecycle move the style's status does not allow: 409 ILLEGAL_TRANSITION. */
public class IllegalTransition extends ApiException {

    public IllegalTransition(StyleStatus from, StyleStatus to, String why) {
        super(409, "ILLEGAL_TRANSITION", "Conflict", "A " + from + " style cannot become " + to + why,
                List.of(new FieldError("status", "is " + from + "; allowed: " + from.allowedTransitions())));
    }
}
