package com.ally.fit.learning;

import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.ally.fit.catalog.CatalogStyle;
import com.ally.fit.recommendation.StyleSizing;

/**
 * Applies delivered and returned pairs to the fit evidence: each change to a line is locked, its
 * evidence before and after compared, and only the difference added to its style, so that a pair
 * counts once whatever order its events arrive in.
 */
@ApplicationScoped
public class LearningService {

    private final FitModel model;

    public LearningService(FitModel model) {
        this.model = model;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(UUID orderId, String sku, UUID styleId, String styleSlug, int quantity) {
        change(orderId, sku, styleId, styleSlug, outcome -> outcome.deliveredPairs(quantity));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returned(UUID orderId, String sku, UUID styleId, String styleSlug, String reason, int quantity) {
        change(orderId, sku, styleId, styleSlug, outcome -> outcome.returnedPairs(reason, quantity));
    }

    private void change(UUID orderId, String sku, UUID styleId, String styleSlug, UnaryOperator<LineOutcome> how) {
        FitLine.Locked locked = FitLine.lock(orderId, sku, styleId, styleSlug);
        LineOutcome before = locked.line().outcome();
        LineOutcome after = how.apply(before);
        locked.line().set(after);
        long newOrders = locked.created() && !FitLine.orderHasOtherLineOf(orderId, styleId, sku) ? 1 : 0;
        Evidence delta = after.evidence().minus(before.evidence());
        if (newOrders > 0 || !delta.isZero()) {
            StyleFit.add(styleId, styleSlug, newOrders, delta);
        }
    }

    /** The fit summary of a style the replica or the evidence knows, by slug. */
    public Optional<FitSummaryView.Summary> summary(String slug) {
        Optional<StyleFit> fit = StyleFit.findBySlug(slug);
        if (fit.isEmpty() && CatalogStyle.findBySlug(slug).isEmpty()) {
            return Optional.empty();
        }
        Evidence evidence = fit.map(StyleFit::evidence).orElse(Evidence.NONE);
        long orders = fit.map(f -> f.orders).orElse(0L);
        return Optional.of(FitSummaryView.of(slug, orders, evidence, model.posterior(evidence), model));
    }

    /** The offsets the fit finder applies for a style; standard sizing when nothing is known. */
    public StyleSizing sizing(String slug) {
        return StyleFit.findBySlug(slug).map(fit -> {
            FitModel.Posterior posterior = model.posterior(fit.evidence());
            return new StyleSizing(slug, posterior.sizeOffset(), posterior.widthOffset());
        }).orElse(StyleSizing.standard(slug));
    }

    public boolean knows(String slug) {
        return StyleFit.findBySlug(slug).isPresent();
    }
}
