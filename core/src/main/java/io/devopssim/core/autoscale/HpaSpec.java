package io.devopssim.core.autoscale;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes a HorizontalPodAutoscaler ({@code autoscaling/v2}) and the controller settings it runs
 * under.
 *
 * <p>{@code behavior} is empty when the manifest has no {@code spec.behavior}: upstream then
 * applies the legacy rules (a scale-down stabilisation window of {@code
 * downscaleStabilisationWindow} and a scale-up limit of max(2 × current, 4)), which differ from the
 * defaults filled in when a {@code behavior} block is present.
 *
 * @param minReplicas lower bound, at least 1 (0 only with external or object metrics)
 * @param maxReplicas upper bound, at least {@code minReplicas}
 * @param metrics the metrics to scale on, at least one
 * @param behavior the {@code spec.behavior} block, if the manifest has one
 * @param controller the settings of the controller manager that evaluates this autoscaler
 */
public record HpaSpec(
        int minReplicas,
        int maxReplicas,
        List<MetricSpec> metrics,
        Optional<HpaBehavior> behavior,
        ControllerSettings controller) {

    /** Creates a spec, copying the metric list. */
    public HpaSpec {
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(behavior, "behavior");
        Objects.requireNonNull(controller, "controller");
    }

    /**
     * Settings of kube-controller-manager that shape every HPA it evaluates.
     *
     * @param syncPeriod {@code --horizontal-pod-autoscaler-sync-period}, 15 s upstream
     * @param scaleUpTolerance ratio band above 1.0 that causes no scale-up, 0.1 upstream
     * @param scaleDownTolerance ratio band below 1.0 that causes no scale-down, 0.1 upstream
     * @param cpuInitializationPeriod {@code --horizontal-pod-autoscaler-cpu-initialization-period},
     *     5 min upstream
     * @param initialReadinessDelay {@code --horizontal-pod-autoscaler-initial-readiness-delay}, 30
     *     s upstream
     * @param downscaleStabilisationWindow {@code
     *     --horizontal-pod-autoscaler-downscale-stabilization}, 5 min upstream
     */
    public record ControllerSettings(
            Duration syncPeriod,
            double scaleUpTolerance,
            double scaleDownTolerance,
            Duration cpuInitializationPeriod,
            Duration initialReadinessDelay,
            Duration downscaleStabilisationWindow) {

        /** Returns the settings of an unmodified upstream kube-controller-manager. */
        public static ControllerSettings upstreamDefaults() {
            return new ControllerSettings(
                    Duration.ofSeconds(15),
                    0.1,
                    0.1,
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(5));
        }
    }
}
