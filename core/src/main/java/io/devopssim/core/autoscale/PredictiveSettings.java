package io.devopssim.core.autoscale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Configures a {@link PredictiveAutoscaler}: the clock, how far ahead to look and what a replica
 * serves.
 *
 * @param start the wall-clock instant simulated time 0 stands for; minutes are whole minutes of
 *     this clock
 * @param leadTimeSeconds how long a replica asked for now takes to serve traffic, including the
 *     wait for the next sync; at least 0
 * @param requestsPerSecondPerReplica the arrival rate one replica should carry at the reactive
 *     policy's target, more than 0
 * @param maxReplicas the most replicas a prediction may ask for, at least 1
 * @param scaleDownWindowSeconds how long a prediction keeps its replicas after it falls, as the
 *     HPA's scale-down stabilisation window keeps recommendations; at least 0
 */
public record PredictiveSettings(
        Instant start,
        double leadTimeSeconds,
        double requestsPerSecondPerReplica,
        int maxReplicas,
        double scaleDownWindowSeconds) {

    /**
     * Creates settings, reporting every invalid value at once.
     *
     * @throws IllegalArgumentException naming each invalid value and what was expected
     */
    public PredictiveSettings {
        Objects.requireNonNull(start, "start");
        List<String> problems = new ArrayList<>();
        atLeastZero(problems, "leadTimeSeconds", leadTimeSeconds);
        atLeastZero(problems, "scaleDownWindowSeconds", scaleDownWindowSeconds);
        if (!(requestsPerSecondPerReplica > 0) || Double.isInfinite(requestsPerSecondPerReplica)) {
            problems.add(
                    "requestsPerSecondPerReplica must be finite and more than 0, was "
                            + requestsPerSecondPerReplica);
        }
        if (maxReplicas < 1) {
            problems.add("maxReplicas must be at least 1, was " + maxReplicas);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static void atLeastZero(List<String> problems, String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            problems.add(
                    String.format(
                            Locale.ROOT, "%s must be finite and at least 0, was %s", name, value));
        }
    }
}
