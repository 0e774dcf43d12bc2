package io.devopssim.core.model;

import io.devopssim.core.failure.RandomFailures;
import io.devopssim.core.failure.ScheduledFailure;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What fails during a run: failures at set times and failures drawn from MTBF and MTTR.
 *
 * <p>Targets name components of the topology the simulation builds from the services' {@link
 * Placement}s: clouds (provider ids), regions and zones. They are checked when the simulation is
 * built, since zones come from the cloud catalogue.
 *
 * @param scheduled failures at set times
 * @param random failures drawn with the run's seed
 * @param horizonSeconds no random failure starts after this time; empty means none
 */
public record Failures(
        List<ScheduledFailure> scheduled,
        List<RandomFailures> random,
        OptionalDouble horizonSeconds) {

    /** Copies the lists. */
    public Failures {
        scheduled = List.copyOf(scheduled);
        random = List.copyOf(random);
    }

    /**
     * Returns scheduled failures only.
     *
     * @param scheduled the failures
     * @return the failures
     */
    public static Failures scheduled(List<ScheduledFailure> scheduled) {
        return new Failures(scheduled, List.of(), OptionalDouble.empty());
    }

    /** Returns whether nothing fails. */
    public boolean isEmpty() {
        return scheduled.isEmpty() && random.isEmpty();
    }
}
