package io.devopssim.core.failure;

import java.util.List;
import java.util.Objects;

/**
 * Published when a failure ends, with every component that is up again as a result.
 *
 * <p>A component still covered by another failure stays down and is not listed. Listed capacity is
 * available again, not ready: a runtime restarts its pods through the normal start-up path.
 *
 * @param time when it recovered, in simulated seconds
 * @param failureId the failure's id
 * @param kind what had failed
 * @param target the component that had failed
 * @param changed the components that came back up
 * @param startedAt when the failure started
 */
public record FailureRecovered(
        double time,
        long failureId,
        FailureKind kind,
        Component target,
        List<Component> changed,
        double startedAt)
        implements FailureEvent {

    /** Checks for nulls and copies the list. */
    public FailureRecovered {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        changed = List.copyOf(changed);
    }

    /**
     * Returns how long the failure lasted.
     *
     * @return seconds from start to recovery
     */
    public double durationSeconds() {
        return time - startedAt;
    }
}
