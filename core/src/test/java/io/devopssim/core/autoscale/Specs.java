package io.devopssim.core.autoscale;

import io.devopssim.core.autoscale.HpaBehavior.PolicyType;
import io.devopssim.core.autoscale.HpaBehavior.ScalingPolicy;
import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.autoscale.HpaSpec.ControllerSettings;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import java.util.List;
import java.util.Optional;

/** Builds the HPA specs the tests use, with upstream's controller defaults. */
final class Specs {

    private Specs() {}

    static HpaSpec legacy(int min, int max, MetricSpec... metrics) {
        return new HpaSpec(
                min,
                max,
                List.of(metrics),
                Optional.empty(),
                ControllerSettings.upstreamDefaults());
    }

    static HpaSpec withBehavior(int min, int max, HpaBehavior behavior, MetricSpec... metrics) {
        return new HpaSpec(
                min,
                max,
                List.of(metrics),
                Optional.of(behavior),
                ControllerSettings.upstreamDefaults());
    }

    static HpaSpec withTolerances(double up, double down, HpaBehavior b, MetricSpec... metrics) {
        ControllerSettings d = ControllerSettings.upstreamDefaults();
        ControllerSettings c =
                new ControllerSettings(
                        d.syncPeriod(),
                        up,
                        down,
                        d.cpuInitializationPeriod(),
                        d.initialReadinessDelay(),
                        d.downscaleStabilisationWindow());
        return new HpaSpec(1, 100, List.of(metrics), Optional.of(b), c);
    }

    static MetricSpec cpu(double percent) {
        return MetricSpec.cpuUtilization(percent);
    }

    static MetricSpec external(String name, TargetType type, double target) {
        return new MetricSpec(MetricSource.EXTERNAL, name, type, target);
    }

    static ScalingPolicy pods(int value, int period) {
        return new ScalingPolicy(PolicyType.PODS, value, period);
    }

    static ScalingPolicy percent(int value, int period) {
        return new ScalingPolicy(PolicyType.PERCENT, value, period);
    }

    static ScalingRules rules(int window, SelectPolicy select, ScalingPolicy... policies) {
        return new ScalingRules(window, select, List.of(policies));
    }

    /** Returns upstream's default scale-up with a scale-down that follows at once. */
    static HpaBehavior immediateDown() {
        return new HpaBehavior(
                ScalingRules.defaultScaleUp(), rules(0, SelectPolicy.MAX, percent(100, 15)));
    }
}
