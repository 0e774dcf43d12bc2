package io.devopssim.cloud;

import java.util.Objects;

/**
 * A round-trip time between two regions, and whether it was measured or modelled.
 *
 * @param millis the round-trip time in milliseconds
 * @param measured {@code true} if it comes from a published measurement, {@code false} if it was
 *     computed from great-circle distance by {@link NetworkLatency}'s model
 * @param source the id of the measurement's source, or {@code model:great-circle} for the model
 */
public record LatencyEstimate(double millis, boolean measured, String source) {

    /** Checks for nulls. */
    public LatencyEstimate {
        Objects.requireNonNull(source, "source");
    }
}
