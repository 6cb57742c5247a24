package com.ally.catalog.style;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.ally.catalog.audit.Audit;
import com.ally.catalog.collection.CollectionService;
import com.ally.catalog.http.Conditional;
import com.ally.catalog.http.Versioned;
import com.ally.catalog.idempotency.Idempotency;
import com.ally.catalog.inventory.ColourwayStock;
import com.ally.catalog.inventory.Sku;
import com.ally.catalog.money.Money;
import com.ally.catalog.outbox.Outbox;
import com.ally.catalog.paging.Cursor;
import com.ally.catalog.paging.PageRequest;
import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;
import com.ally.catalog.sizing.Cells;
import com.ally.catalog.sizing.SkuCode;
import com.ally.catalog.sizing.Sizes;
import com.ally.catalog.sizing.Width;

/**
 * Transaction boundary for styles and colourways. A public (or once public) style announces
 * every change with its full snapshot, so that other services can keep a replica.
 */
@ApplicationScoped
public class StyleService {

    public static final String TOPIC = "catalog.style";
    public static final String PUBLISHED = "ally.catalog.style.published.v1";
    public static final String UPDATED = "ally.catalog.style.updated.v1";
    public static final String RETIRED = "ally.catalog.style.retired.v1";
    public static final String PRICE_CHANGED = "ally.catalog.style.price-changed.v1";
    static final String CREATE_SCOPE = "style-create";
    static final String COLOURWAY_SCOPE = "colourway-create";

    private final Outbox outbox;
    private final Audit audit;
    private final CollectionService collections;
    private final StyleMapper mapper;
    private final StyleQuery query;
    private final Idempotency idempotency;
    private final EntityManager em;

    public StyleService(Outbox outbox, Audit audit, CollectionService collections, StyleMapper mapper, StyleQuery query,
            Idempotency idempotency, EntityManager em) {
        this.outbox = outbox;
        this.audit = audit;
        this.collections = collections;
        this.mapper = mapper;
        this.query = query;
        this.idempotency = idempotency;
        this.em = em;
    }

    /** {@link #create} once per Idempotency-Key: a repeat with the same key and request replays the answer. */
    @Transactional
    public Idempotency.Answer create(StyleView.Create request, String key, String actor) {
        return idempotency.once(CREATE_SCOPE, key, request, 201, () -> create(request, actor));
    }

    /** {@link #addColourway} once per Idempotency-Key (the key belongs to the style it was sent for). */
    @Transactional
    public Idempotency.Answer addColourway(String slug, StyleView.ColourwayCreate request, String key, String actor) {
        return idempotency.once(COLOURWAY_SCOPE, key, List.of(slug, request), 201, () -> addColourway(slug, request, actor));
    }

    @Transactional
    public StyleView.Admin create(StyleView.Create request, String actor) {
        if (Style.count("slug", request.slug()) > 0) {
            throw ApiException.conflict("DUPLICATE_SLUG", "A style with slug '" + request.slug() + "' exists", "slug");
        }
        if (Style.count("code", request.code()) > 0) {
            throw ApiException.conflict("DUPLICATE_CODE", "A style with code '" + request.code() + "' exists", "code");
        }
        Style style = Style.draft(request.slug(), request.code(), actor, now());
        style.name = request.name().strip();
        style.description = request.description() == null ? "" : request.description();
        style.category = request.category();
        style.heelHeight = request.heelHeightInches().setScale(1, java.math.RoundingMode.HALF_UP);
        style.toeShape = request.toeShape();
        style.comfortFeatures = names(request.comfortFeatures());
        style.upperMaterials = request.upperMaterials() == null ? new String[0] : request.upperMaterials().toArray(String[]::new);
        if (request.featuredRank() != null) {
            style.featuredRank = request.featuredRank();
        }
        style.persist();
        em.flush();
        if (request.collections() != null) {
            collections.placeStyle(style.id, request.collections(), actor);
        }
        audit.record(actor, "style.created", "style", style.id.toString(), style.slug);
        return admin(style);
    }

    @Transactional
    public StyleView.Admin update(String slug, StyleView.Patch patch, String ifMatch, String actor) {
        Style style = existing(slug);
        Conditional.requireVersion(ifMatch, style.version);
        if (patch.name() != null) {
            style.name = patch.name().strip();
        }
        if (patch.description() != null) {
            style.description = patch.description();
        }
        if (patch.category() != null) {
            style.category = patch.category();
        }
        if (patch.heelHeightInches() != null) {
            style.heelHeight = patch.heelHeightInches().setScale(1, java.math.RoundingMode.HALF_UP);
        }
        if (patch.toeShape() != null) {
            style.toeShape = patch.toeShape();
        }
        if (patch.comfortFeatures() != null) {
            style.comfortFeatures = names(patch.comfortFeatures());
        }
        if (patch.upperMaterials() != null) {
            style.upperMaterials = patch.upperMaterials().toArray(String[]::new);
        }
        if (patch.featuredRank() != null) {
            style.featuredRank = patch.featuredRank();
        }
        if (patch.collections() != null) {
            collections.placeStyle(style.id, patch.collections(), actor);
        }
        return changed(style, actor, "style.updated", UPDATED);
    }

    @Transactional
    public StyleView.Admin publish(String slug, String ifMatch, String actor) {
        Style style = existing(slug);
        Conditional.requireVersion(ifMatch, style.version);
        style.publish(now());
        return changed(style, actor, "style.published", PUBLISHED);
    }

    @Transactional
    public StyleView.Admin retire(String slug, String ifMatch, String actor) {
        Style style = existing(slug);
        Conditional.requireVersion(ifMatch, style.version);
        style.retire();
        return changed(style, actor, "style.retired", RETIRED);
    }

    /** Adds a colourway with its SKUs: every offered size in every offered width (all 68 by default). */
    @Transactional
    public StyleView.Admin addColourway(String slug, StyleView.ColourwayCreate request, String actor) {
        Style style = existing(slug);
        List<BigDecimal> sizes = offeredSizes(request.sizes());
        List<Width> widths = offeredWidths(request.widths());
        if (style.colourway(request.code()).isPresent()) {
            throw ApiException.conflict("DUPLICATE_CODE", "The style has a colourway '" + request.code() + "'", "code");
        }
        Instant now = now();
        Colourway colourway = Colourway.of(style, request.code(), request.name().strip(), request.colour(),
                request.material(), mapper.imagesJson(request.images()), now);
        Money compareAt = request.compareAtPrice();
        colourway.price(request.price().amount(), request.price().currency(),
                compareAt == null ? null : compareAt.amount(), compareAt == null ? null : compareAt.currency());
        style.add(colourway);
        colourway.persist();
        List<Integer> cells = new ArrayList<>();
        for (BigDecimal size : sizes) {
            for (Width width : widths) {
                Sku.of(SkuCode.of(style.code, colourway.code, size, width), style.id, colourway.id, size, width, now)
                        .persist();
                cells.add(Cells.of(size, width));
            }
        }
        ColourwayStock.offering(style.id, colourway.id, colourway.colour, cells, now).persist();
        return changed(style, actor, "colourway.added:" + colourway.code, UPDATED);
    }

    /** Renames, re-images or re-prices a colourway; a new price is announced as price-changed too. */
    @Transactional
    public StyleView.Admin updateColourway(String slug, String code, StyleView.ColourwayPatch patch, String ifMatch,
            String actor) {
        Style style = existing(slug);
        Conditional.requireVersion(ifMatch, style.version);
        Colourway colourway = style.colourway(code).orElseThrow(() -> ApiException.notFound("Colourway", code));
        Money previous = Money.of(colourway.priceAmount, colourway.currency);
        Long previousCompareAt = colourway.compareAtAmount;
        if (patch.name() != null) {
            colourway.name = patch.name().strip();
        }
        if (patch.images() != null) {
            colourway.images = mapper.imagesJson(patch.images());
        }
        Money price = patch.price() != null ? patch.price() : previous;
        Long compareAt = Boolean.TRUE.equals(patch.removeCompareAtPrice()) ? null
                : patch.compareAtPrice() != null ? patch.compareAtPrice().amount() : colourway.compareAtAmount;
        String compareAtCurrency = patch.compareAtPrice() != null ? patch.compareAtPrice().currency() : price.currency();
        colourway.price(price.amount(), price.currency(), compareAt, compareAtCurrency);
        colourway.updatedAt = now();
        style.refreshFromPrice();
        boolean repriced = !previous.equals(Money.of(colourway.priceAmount, colourway.currency))
                || !java.util.Objects.equals(previousCompareAt, colourway.compareAtAmount);
        if (repriced && style.status != StyleStatus.DRAFT) {
            outbox.publish(TOPIC, style.id.toString(), PRICE_CHANGED, new PriceChanged(style.id.toString(), style.slug,
                    colourway.id.toString(), Money.of(colourway.priceAmount, colourway.currency),
                    colourway.compareAtAmount == null ? null : Money.of(colourway.compareAtAmount, colourway.currency),
                    previous));
        }
        return changed(style, actor, "colourway.updated:" + code, UPDATED);
    }

    public Optional<Versioned<StyleView.Admin>> adminView(String slug) {
        return Style.findBySlug(slug).map(s -> new Versioned<>(admin(s), s.version));
    }

    /** A style as shoppers see it: only when it is public. */
    public Optional<StyleView.Public> shopperView(String slug) {
        return Style.findBySlug(slug).filter(Style::isPublic)
                .map(s -> mapper.shopper(s, Sku.forStyle(s.id), collections.slugsOf(s.id)));
    }

    /** Public summaries of these styles, in the given order. */
    public List<StyleView.Summary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Hibernate returns each style once with its colourways fetched: no DISTINCT for PostgreSQL to sort by.
        List<Style> found = Style.list("select s from Style s left join fetch s.colourways where s.id in ?1", ids);
        Map<UUID, Style> byId = found.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return ids.stream().map(byId::get).filter(s -> s != null && s.isPublic()).map(mapper::summary).toList();
    }

    public StyleView.ListPage list(StyleFilter filter, PageRequest page) {
        UUID collectionId = null;
        if (filter.collection() != null) {
            collectionId = collections.find(filter.collection())
                    .orElseThrow(() -> ApiException.invalid("collection", "is not a known collection")).id;
        }
        List<StyleQuery.Hit> hits = query.page(filter, page, collectionId);
        String next = null;
        if (hits.size() > page.limit()) {
            hits = hits.subList(0, page.limit());
            StyleQuery.Hit last = hits.get(hits.size() - 1);
            next = Cursor.encode(Map.of("k", last.key(), "id", last.id().toString()));
        }
        List<StyleView.Summary> items = summaries(hits.stream().map(StyleQuery.Hit::id).toList());
        // Facets describe the whole filter, not a page: the first page carries them, later pages need not.
        return new StyleView.ListPage(items, next, page.first() ? query.facets(filter, collectionId) : null);
    }

    public long version(String slug) {
        return existing(slug).version;
    }

    private StyleView.Admin changed(Style style, String actor, String action, String eventType) {
        style.touch(actor, now());
        em.flush();
        audit.record(actor, action.contains(":") ? action.substring(0, action.indexOf(':')) : action, "style",
                style.id.toString(), action.contains(":") ? style.slug + " " + action.substring(action.indexOf(':') + 1) : style.slug);
        List<Sku> skus = Sku.forStyle(style.id);
        List<String> memberOf = collections.slugsOf(style.id);
        // A draft is nobody's business yet; from its first publication on, every change is announced.
        if (style.status != StyleStatus.DRAFT) {
            outbox.publish(TOPIC, style.id.toString(), eventType, mapper.snapshot(style, skus, memberOf));
        }
        return mapper.admin(style, skus, memberOf);
    }

    private StyleView.Admin admin(Style style) {
        return mapper.admin(style, Sku.forStyle(style.id), collections.slugsOf(style.id));
    }

    private Style existing(String slug) {
        return Style.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Style", slug));
    }

    static List<BigDecimal> offeredSizes(List<BigDecimal> requested) {
        if (requested == null || requested.isEmpty()) {
            return Sizes.ALL;
        }
        List<FieldError> errors = new ArrayList<>();
        Set<BigDecimal> seen = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            BigDecimal size = requested.get(i);
            if (!Sizes.valid(size)) {
                errors.add(new FieldError("sizes[" + i + "]", "must be 4.0 to 12.0 in half sizes"));
            } else if (!seen.add(Sizes.normal(size))) {
                errors.add(new FieldError("sizes[" + i + "]", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", "Invalid request",
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
        }
        return seen.stream().sorted().toList();
    }

    static List<Width> offeredWidths(List<Width> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of(Width.values());
        }
        Set<Width> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!seen.add(requested.get(i))) {
                throw ApiException.invalid("widths[" + i + "]", "is listed twice");
            }
        }
        return requested.stream().sorted().toList();
    }

    private static String[] names(List<ComfortFeature> features) {
        return features == null ? new String[0] : features.stream().map(Enum::name).distinct().toArray(String[]::new);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    record PriceChanged(String styleId, String styleSlug, String colourwayId, Money price, Money compareAtPrice,
            Money previousPrice) {
    }
}
