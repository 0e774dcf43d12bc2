package io.devopssim.core.failure;

import java.util.List;
import java.util.Objects;

/**
 * Published when a failure starts, with every component it took down.
 *
 * <p>{@code changed} holds only the components that were up: a node already down from an earlier
 * failure is not listed again.
 *
 * @param time when it started, in simulated seconds
 * @param failureId the failure's id
 * @param kind what failed
 * @param target the failing component
 * @param changed the components that went down, the target and everything below it
 * @param scheduled whether it came from a schedule rather than from MTBF draws
 * @param recoversAt when it will recover; {@link Double#POSITIVE_INFINITY} for never
 */
public record FailureStarted(
        double time,
        long failureId,
        FailureKind kind,
        Component target,
        List<Component> changed,
        boolean scheduled,
        double recoversAt)
        implements FailureEvent {

    /** Checks for nulls and copies the list. */
    public FailureStarted {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        changed = List.copyOf(changed);
    }
}
