package com.ally.catalog.style;

public enum ToeShape {
    POINTED, ALMOND, ROUND, SQUARE, PEEP
}
