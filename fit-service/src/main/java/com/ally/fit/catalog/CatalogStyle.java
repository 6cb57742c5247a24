package com.ally.fit.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.fit.recommendation.StyleFacts;

/** A style as the catalog last described it: only what the fit finder needs. */
@Entity
@Table(name = "catalog_style")
public class CatalogStyle extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public String category;

    @Column(name = "heel_height_inches")
    public BigDecimal heelHeightInches;

    @Column(name = "toe_shape")
    public String toeShape;

    /** Comma-separated, as the catalog lists them. */
    @Column(name = "comfort_features")
    public String comfortFeatures;

    @Column(name = "upper_materials")
    public String upperMaterials;

    public String status;

    @Column(name = "as_of")
    public Instant asOf;

    /** The newest style with this slug: a retired style's slug may live on in a newer one. */
    public static Optional<CatalogStyle> findBySlug(String slug) {
        return find("slug = ?1 order by asOf desc", slug).firstResultOptional();
    }

    /** Active styles with stock in one size and width. */
    public static List<CatalogStyle> activeInStock(double size, String width) {
        return find("from CatalogStyle s where s.status = 'ACTIVE' and exists (select 1 from CatalogSku k"
                + " where k.styleId = s.id and k.size = ?1 and k.width = ?2 and k.availability <> 'OUT' and k.available > 0)"
                + " order by s.slug",
                BigDecimal.valueOf(size).setScale(1), width).list();
    }

    /** Writes a snapshot unless a newer one is already here. */
    static void upsert(UUID id, String slug, String name, String category, BigDecimal heel, String toeShape,
            List<String> comfortFeatures, List<String> upperMaterials, String status, Instant asOf) {
        getEntityManager().createNativeQuery("""
                insert into catalog_style (id, slug, name, category, heel_height_inches, toe_shape, comfort_features,
                                           upper_materials, status, as_of)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (id) do update set slug = excluded.slug, name = excluded.name, category = excluded.category,
                    heel_height_inches = excluded.heel_height_inches, toe_shape = excluded.toe_shape,
                    comfort_features = excluded.comfort_features, upper_materials = excluded.upper_materials,
                    status = excluded.status, as_of = excluded.as_of
                where catalog_style.as_of <= excluded.as_of
                """).setParameter(1, id).setParameter(2, slug).setParameter(3, name).setParameter(4, category)
                .setParameter(5, heel).setParameter(6, toeShape).setParameter(7, String.join(",", comfortFeatures))
                .setParameter(8, String.join(",", upperMaterials)).setParameter(9, status).setParameter(10, asOf)
                .executeUpdate();
    }

    public StyleFacts facts() {
        return new StyleFacts(slug, name, category, heelHeightInches == null ? null : heelHeightInches.doubleValue(),
                toeShape, split(comfortFeatures), split(upperMaterials));
    }

    private static Set<String> split(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet());
    }
}
