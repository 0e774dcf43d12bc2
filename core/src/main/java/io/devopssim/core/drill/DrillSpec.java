package io.devopssim.core.drill;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A failure drill: which region dies, when, and for how long.
 *
 * @param provider the cloud of the region, such as {@code aws}
 * @param region the region's id, such as {@code us-east-1}
 * @param atSeconds seconds after the run's start; empty for the busiest hour of the trace
 * @param durationSeconds how long the region stays down, above 0
 * @param executePlan whether the run adds the plan's replicas to the surviving regions at the
 *     simulated detection (the HPA alone is then simulated over the drill's hour apart)
 * @param service the one placed service to drill; empty for every service placed in two regions or
 *     more
 */
public record DrillSpec(
        String provider,
        String region,
        OptionalDouble atSeconds,
        double durationSeconds,
        boolean executePlan,
        Optional<String> service) {

    /** Checks that the names are present. */
    public DrillSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(atSeconds, "atSeconds");
        Objects.requireNonNull(service, "service");
    }

    /**
     * Creates a drill of every placed service.
     *
     * @param provider the cloud of the region
     * @param region the region's id
     * @param atSeconds seconds after the run's start; empty for the busiest hour
     * @param durationSeconds how long the region stays down
     * @param executePlan whether the run executes the plan's capacity step
     */
    public DrillSpec(
            String provider,
            String region,
            OptionalDouble atSeconds,
            double durationSeconds,
            boolean executePlan) {
        this(provider, region, atSeconds, durationSeconds, executePlan, Optional.empty());
    }

    /**
     * Creates a drill that executes the plan's capacity.
     *
     * @param provider the cloud of the region
     * @param region the region's id
     * @param atSeconds seconds after the run's start; empty for the busiest hour
     * @param durationSeconds how long the region stays down
     */
    public DrillSpec(
            String provider, String region, OptionalDouble atSeconds, double durationSeconds) {
        this(provider, region, atSeconds, durationSeconds, true);
    }

    /** Returns whether the failure time is the start of the trace's busiest hour. */
    public boolean atBusiestHour() {
        return atSeconds.isEmpty();
    }

    /** Returns the region as {@code provider/region}. */
    public String location() {
        return provider + "/" + region;
    }
}
