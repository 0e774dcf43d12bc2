package io.devopssim.core.failure;

import io.devopssim.core.model.Distribution;
import java.util.Objects;
import java.util.Optional;

/**
 * Failures drawn at random for every component of a kind's level, from its MTBF and MTTR.
 *
 * <p>Each component alternates: up for a time drawn from an exponential distribution of mean {@code
 * mtbfSeconds} (failures without memory, as field data for hardware suggest), then down for a time
 * drawn from {@code repair}. Each component draws from its own stream, {@code
 * failure/<kind>/<name>}, so adding a component leaves every other component's failures as they
 * were.
 *
 * @param kind what fails
 * @param scope only components below this one (at any level) fail; empty means all of them
 * @param mtbfSeconds the mean time between failures of one component, more than 0
 * @param repair the time to recover, whose mean is the MTTR
 */
public record RandomFailures(
        FailureKind kind, Optional<Component> scope, double mtbfSeconds, Distribution repair) {

    /** Checks for nulls; values are checked by {@link FailurePlan.Builder#build()}. */
    public RandomFailures {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(repair, "repair");
    }

    /**
     * Returns random failures for every component of the kind's level.
     *
     * @param kind what fails
     * @param mtbfSeconds the mean time between failures of one component
     * @param repair the time to recover
     * @return the specification
     */
    public static RandomFailures everywhere(
            FailureKind kind, double mtbfSeconds, Distribution repair) {
        return new RandomFailures(kind, Optional.empty(), mtbfSeconds, repair);
    }
}
