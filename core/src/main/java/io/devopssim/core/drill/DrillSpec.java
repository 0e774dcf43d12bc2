package io.devopssim.core.drill;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A failure drill: which region dies, when, and for how long.
 *
 * @param provider the cloud of the region, such as {@code aws}
 * @param region the region's id, such as {@code us-east-1}
 * @param atSeconds seconds after the run's start; empty for the busiest hour of the trace
 * @param durationSeconds how long the region stays down, above 0
 */
public record DrillSpec(
        String provider, String region, OptionalDouble atSeconds, double durationSeconds) {

    /** Checks that the names are present. */
    public DrillSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(atSeconds, "atSeconds");
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
