package io.devopssim.core.failover;

import java.util.Objects;

/**
 * The capacity a surviving region needs after a failure, and what holding it in standby costs.
 *
 * @param provider the region's provider
 * @param region the region's id
 * @param survivingReplicas replicas still running after the failure
 * @param loadRps the request rate the region serves once traffic has shifted
 * @param peakLoadRps the same at the world's peak request rate
 * @param replicasToAdd replicas to add so the peak runs at the target utilisation, at least 0
 * @param standbyCostPerMonth what running those replicas all the time costs per month (730 h)
 */
public record CapacityChange(
        String provider,
        String region,
        int survivingReplicas,
        double loadRps,
        double peakLoadRps,
        int replicasToAdd,
        double standbyCostPerMonth) {

    /** Hours in the average month, as cloud price calculators count them. */
    public static final double HOURS_PER_MONTH = 730;

    /** Checks for nulls. */
    public CapacityChange {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
    }
}
