package io.devopssim.core.sim;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One loss of a Redis cache's master during a run: its detection, the switch and the cold cache.
 *
 * @param oldMaster the master that was lost
 * @param lostAt when it was lost, in simulated seconds
 * @param subjectivelyDownAt when the first sentinel saw it down; empty if none did
 * @param detectedAt when a sentinel first called it objectively down (a quorum agreed); empty if
 *     the quorum was never reached
 * @param newMaster the replica promoted; empty if there was no switch by the end of the run
 * @param switchedAt when clients used the new master; empty without a switch
 * @param warm whether the new master held the data; false when it started cold
 * @param coldHitRatio the hit ratio at the first step after the switch; NaN without a switch
 * @param hitRecoveredAt the first step, after the switch, whose hit ratio was back to {@value
 *     #RECOVERED_SHARE} of the warm hit ratio; empty if it never was
 */
public record CacheFailover(
        String oldMaster,
        double lostAt,
        OptionalDouble subjectivelyDownAt,
        OptionalDouble detectedAt,
        Optional<String> newMaster,
        OptionalDouble switchedAt,
        boolean warm,
        double coldHitRatio,
        OptionalDouble hitRecoveredAt) {

    /** The share of the warm hit ratio at which the cache counts as warm again. */
    public static final double RECOVERED_SHARE = 0.9;

    /** Checks for nulls. */
    public CacheFailover {
        Objects.requireNonNull(oldMaster, "oldMaster");
        Objects.requireNonNull(subjectivelyDownAt, "subjectivelyDownAt");
        Objects.requireNonNull(detectedAt, "detectedAt");
        Objects.requireNonNull(newMaster, "newMaster");
        Objects.requireNonNull(switchedAt, "switchedAt");
        Objects.requireNonNull(hitRecoveredAt, "hitRecoveredAt");
    }

    /** Returns the seconds the cache had no master: from the loss to the switch, if any. */
    public OptionalDouble outageSeconds() {
        return since(switchedAt);
    }

    /** Returns the seconds from the loss until the hit ratio was back to 90 % of the warm one. */
    public OptionalDouble hitRecoverySeconds() {
        return since(hitRecoveredAt);
    }

    private OptionalDouble since(OptionalDouble time) {
        return time.isPresent() ? OptionalDouble.of(time.getAsDouble() - lostAt) : time;
    }
}
