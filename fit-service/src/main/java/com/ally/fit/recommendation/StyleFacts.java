package com.ally.fit.recommendation;

import java.util.Set;

/** What the fit finder knows about a style from the catalog replica, to match it to conditions. */
public record StyleFacts(String slug, String name, String category, Double heelHeightInches, String toeShape,
        Set<String> comfortFeatures, Set<String> upperMaterials) {
}
