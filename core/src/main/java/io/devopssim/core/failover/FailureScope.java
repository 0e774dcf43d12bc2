package io.devopssim.core.failover;

import java.util.Locale;
import java.util.Objects;

/**
 * What fails: a zone, a region, a whole cloud, or the database primary alone.
 *
 * @param kind the failure's level
 * @param target the zone id, region id or provider name; the primary member's name for {@link
 *     Kind#DATABASE_PRIMARY}
 */
public record FailureScope(Kind kind, String target) {

    /** The levels a plan covers. */
    public enum Kind {
        /** One availability zone of a serving region. */
        ZONE,
        /** One serving region. */
        REGION,
        /** Every serving region of one provider. */
        CLOUD,
        /** The PostgreSQL primary server alone. */
        DATABASE_PRIMARY
    }

    /** Checks for nulls. */
    public FailureScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Returns the failure of a zone.
     *
     * @param zone the zone's id
     * @return the failure
     */
    public static FailureScope zone(String zone) {
        return new FailureScope(Kind.ZONE, zone);
    }

    /**
     * Returns the failure of a region.
     *
     * @param region the region's id
     * @return the failure
     */
    public static FailureScope region(String region) {
        return new FailureScope(Kind.REGION, region);
    }

    /**
     * Returns the failure of every region of a provider.
     *
     * @param provider the provider's name, such as {@code aws}
     * @return the failure
     */
    public static FailureScope cloud(String provider) {
        return new FailureScope(Kind.CLOUD, provider);
    }

    /**
     * Returns the failure of the database primary alone.
     *
     * @param member the primary member's name
     * @return the failure
     */
    public static FailureScope databasePrimary(String member) {
        return new FailureScope(Kind.DATABASE_PRIMARY, member);
    }

    /** Returns a readable label, such as {@code region us-east-1}. */
    public String label() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + target;
    }
}
