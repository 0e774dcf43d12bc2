package io.devopssim.core.failure;

import java.util.Objects;

/**
 * A failure at a set time: what fails, when, and for how long.
 *
 * @param kind what fails
 * @param target the failing component's name at the kind's level, such as {@code us-east-1a}
 * @param atSeconds when it fails, in simulated seconds, at least 0
 * @param durationSeconds how long until it recovers, more than 0; {@link Double#POSITIVE_INFINITY}
 *     for a failure that never recovers
 */
public record ScheduledFailure(
        FailureKind kind, String target, double atSeconds, double durationSeconds) {

    /** Checks for nulls; values are checked by {@link FailurePlan.Builder#build()}. */
    public ScheduledFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }
}
