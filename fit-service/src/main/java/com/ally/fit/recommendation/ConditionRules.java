package com.ally.fit.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which styles suit which foot conditions, from the catalog's comfort features. A style is suggested
 * only when it suits every condition the shopper named; the reasons say why, in the shopper's words.
 *
 * <ul>
 * <li>PLANTAR_FASCIITIS: a heel of at most 2 inches with ARCH_SUPPORT or the THREE_POINT_SUPPORT_INSOLE.</li>
 * <li>FLAT_FEET: ARCH_SUPPORT or the THREE_POINT_SUPPORT_INSOLE.</li>
 * <li>HIGH_ARCHES: a CUSHIONED_FOOTBED or METATARSAL_SUPPORT.</li>
 * <li>BUNIONS: a STRETCH_LEATHER_UPPER (the width itself goes up to WIDE or more).</li>
 * <li>WIDE_FOREFOOT: a STRETCH_LEATHER_UPPER or a toe that is not POINTED.</li>
 * </ul>
 */
public final class ConditionRules {

    static final double LOW_HEEL_INCHES = 2.0;

    private ConditionRules() {
    }

    /** @return the reasons the style suits all the conditions, or empty when it does not suit one of them */
    public static Optional<List<String>> suits(StyleFacts style, List<Condition> conditions) {
        List<String> why = new ArrayList<>();
        for (Condition condition : conditions) {
            Optional<String> reason = reason(style, condition);
            if (reason.isEmpty()) {
                return Optional.empty();
            }
            if (!why.contains(reason.get())) {
                why.add(reason.get());
            }
        }
        return Optional.of(why);
    }

    private static Optional<String> reason(StyleFacts style, Condition condition) {
        boolean arch = has(style, "ARCH_SUPPORT") || has(style, "THREE_POINT_SUPPORT_INSOLE");
        return switch (condition) {
            case PLANTAR_FASCIITIS -> style.heelHeightInches() != null && style.heelHeightInches() <= LOW_HEEL_INCHES && arch
                    ? Optional.of("a low " + style.heelHeightInches() + "-inch heel with arch support")
                    : Optional.empty();
            case FLAT_FEET -> arch ? Optional.of("arch support") : Optional.empty();
            case HIGH_ARCHES -> has(style, "CUSHIONED_FOOTBED") ? Optional.of("a cushioned footbed")
                    : has(style, "METATARSAL_SUPPORT") ? Optional.of("metatarsal support") : Optional.empty();
            case BUNIONS -> has(style, "STRETCH_LEATHER_UPPER") ? Optional.of("a stretch leather upper") : Optional.empty();
            case WIDE_FOREFOOT -> has(style, "STRETCH_LEATHER_UPPER") ? Optional.of("a stretch leather upper")
                    : style.toeShape() != null && !"POINTED".equals(style.toeShape())
                            ? Optional.of("a roomier " + style.toeShape().toLowerCase() + " toe")
                            : Optional.empty();
        };
    }

    private static boolean has(StyleFacts style, String feature) {
        return style.comfortFeatures().contains(feature);
    }
}
