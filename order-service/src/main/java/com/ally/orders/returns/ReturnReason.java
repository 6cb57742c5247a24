package com.ally.orders.returns;

/** Why a pair comes back: the fit reasons are what fit-service learns from. */
public enum ReturnReason {
    TOO_SMALL, TOO_LARGE, TOO_NARROW, TOO_WIDE, UNCOMFORTABLE, CHANGED_MIND, DEFECTIVE
}
