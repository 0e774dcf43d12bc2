package io.devopssim.core.failure;

import java.util.Objects;

/**
 * A failure at a set time: what fails, when, and for how long.
 *
 * <p>In a simulation, whose pods come and go, a {@link FailureKind#POD_CRASH} names a service,
 * {@code <service>/<region>} (or {@code <service>} when placed in one region), rather than a pod:
 * its {@code count} newest pods crash at {@code atSeconds}, and each container restarts through the
 * service's start-up and readiness, so the duration is not used. A {@link FailurePlan} fails one
 * named component, so its count is 1.
 *
 * @param kind what fails
 * @param target the failing component's name at the kind's level, such as {@code us-east-1a}
 * @param atSeconds when it fails, in simulated seconds, at least 0
 * @param durationSeconds how long until it recovers, more than 0; {@link Double#POSITIVE_INFINITY}
 *     for a failure that never recovers
 * @param count how many pods crash in a simulation, at least 1; 1 in a {@link FailurePlan}
 */
public record ScheduledFailure(
        FailureKind kind, String target, double atSeconds, double durationSeconds, int count) {

    /** Checks for nulls; values are checked by {@link FailurePlan.Builder#build()}. */
    public ScheduledFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Creates a failure of one component or pod.
     *
     * @param kind what fails
     * @param target the failing component's name
     * @param atSeconds when it fails
     * @param durationSeconds how long until it recovers
     */
    public ScheduledFailure(
            FailureKind kind, String target, double atSeconds, double durationSeconds) {
        this(kind, target, atSeconds, durationSeconds, 1);
    }
}
