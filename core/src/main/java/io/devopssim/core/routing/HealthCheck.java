package io.devopssim.core.routing;

import io.devopssim.core.internal.checks.Bounds;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a serving region's health is checked: every {@code interval}, failing after a threshold.
 *
 * <p>Checks run at {@code phase + k × interval}. A region is marked unhealthy at the {@code
 * failureThreshold}-th consecutive failed check and healthy again at the {@code healthyThreshold}
 * -th consecutive passed one. A failure that starts {@code x} seconds before the next check is
 * therefore detected after {@code x + (failureThreshold − 1) × interval}, between {@code
 * (failureThreshold − 1) × interval} and {@code failureThreshold × interval}.
 *
 * <p><b>Limitations.</b> One logical checker: real services poll from many locations and vote;
 * their vote is folded into the threshold. Checks take no time and never flap on a healthy region.
 *
 * @param intervalSeconds seconds between two checks, more than 0
 * @param failureThreshold consecutive failed checks that mark a region unhealthy, at least 1
 * @param healthyThreshold consecutive passed checks that mark it healthy again, at least 1
 * @param phaseSeconds the time of the first check, in [0, interval); empty draws it uniformly from
 *     the run's random stream {@code routing/health/<region>}
 */
public record HealthCheck(
        double intervalSeconds,
        int failureThreshold,
        int healthyThreshold,
        OptionalDouble phaseSeconds) {

    /** Checks for nulls; values are checked by {@link RoutingConfig.Builder#build()}. */
    public HealthCheck {
        Objects.requireNonNull(phaseSeconds, "phaseSeconds");
    }

    /**
     * Returns Amazon Route 53's defaults: a check every 30 s, unhealthy after 3 failures.
     *
     * @return the settings, with a random phase
     */
    public static HealthCheck route53() {
        return new HealthCheck(30, 3, 3, OptionalDouble.empty());
    }

    /**
     * Returns the checks of a fast anycast load balancer: every 5 s, unhealthy after 2 failures.
     *
     * @return the settings, with a random phase
     */
    public static HealthCheck anycast() {
        return new HealthCheck(5, 2, 2, OptionalDouble.empty());
    }

    /**
     * Returns a copy whose first check is at {@code seconds}.
     *
     * @param seconds the phase, in [0, interval)
     * @return the changed copy
     */
    public HealthCheck withPhase(double seconds) {
        return new HealthCheck(
                intervalSeconds, failureThreshold, healthyThreshold, OptionalDouble.of(seconds));
    }

    /**
     * Returns the shortest time from a failure to its detection: {@code (threshold − 1) ×
     * interval}.
     *
     * @return seconds
     */
    public double minDetectionSeconds() {
        return (failureThreshold - 1) * intervalSeconds;
    }

    /**
     * Returns the longest time from a failure to its detection: {@code threshold × interval}.
     *
     * @return seconds; reached when the failure starts just after a check
     */
    public double maxDetectionSeconds() {
        return failureThreshold * intervalSeconds;
    }

    void check(Bounds c) {
        c.positive("intervalSeconds", intervalSeconds);
        c.atLeast("failureThreshold", failureThreshold, 1);
        c.atLeast("healthyThreshold", healthyThreshold, 1);
        if (phaseSeconds.isPresent() && Double.isFinite(intervalSeconds) && intervalSeconds > 0) {
            c.inPeriod(
                    "phaseSeconds", phaseSeconds.getAsDouble(), "intervalSeconds", intervalSeconds);
        }
    }
}
