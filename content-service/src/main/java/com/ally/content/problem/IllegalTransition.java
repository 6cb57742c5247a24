package com.ally.content.problem;

import java.util.List;

/** A lifecycle move the current status does not allow: 409 ILLEGAL_TRANSITION naming the allowed ones. */
public class IllegalTransition extends ApiException {

    public IllegalTransition(Enum<?> from, Enum<?> to, List<? extends Enum<?>> allowed) {
        super(409, "ILLEGAL_TRANSITION", "Illegal transition",
                "Cannot go from " + from + " to " + to + "; allowed: " + allowed,
                List.of(new FieldError("target", "must be one of " + allowed)));
    }
}
