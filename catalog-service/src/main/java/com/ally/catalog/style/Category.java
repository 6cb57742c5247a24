package com.ally.catalog.style;

public enum Category {
    HEEL, FLAT
}
