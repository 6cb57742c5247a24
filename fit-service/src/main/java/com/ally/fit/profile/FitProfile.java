package com.ally.fit.profile;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A customer's saved fit profile: their measurements, shoes, preference and conditions, as JSON. */
@Entity
@Table(name = "fit_profile")
public class FitProfile extends PanacheEntityBase {

    /** The JWT subject of the customer: one profile each. */
    @Id
    @Column(name = "customer_id")
    public String customerId;

    public String profile;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<FitProfile> ofCustomer(String customerId) {
        return findByIdOptional(customerId);
    }

    /** Creates or replaces in one statement, so two first saves at once cannot collide. */
    static void save(String customerId, String profile, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into fit_profile (customer_id, profile, created_at, updated_at) values (?1, ?2, ?3, ?3)
                on conflict (customer_id) do update set profile = excluded.profile, updated_at = excluded.updated_at,
                    version = fit_profile.version + 1
                """).setParameter(1, customerId).setParameter(2, profile).setParameter(3, now).executeUpdate();
    }

    /** @return whether there was a profile to delete */
    static boolean deleteOf(String customerId) {
        return delete("customerId", customerId) > 0;
    }
}
