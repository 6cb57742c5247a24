package com.ally.orders.order;

import java.util.List;

import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.FieldError;

/** A move the lifecycle does not allow from where the order stands: 409 ILLEGAL_TRANSITION. */
public class IllegalTransition extends ApiException {

    public IllegalTransition(String what, Object from, Object to) {
        super(409, "ILLEGAL_TRANSITION", "Conflict", what + " cannot go from " + from + " to " + to,
                List.of(new FieldError("status", "is " + from + "; " + to + " is not allowed from it")));
    }
}
