package io.devopssim.core.autoscale;

import io.devopssim.core.autoscale.HpaBehavior.ScalingPolicy;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Records why the last sync decided what it did, in primitive fields, and renders it as text only
 * when asked, so a sync that changes nothing builds no string.
 */
final class ScalingReason {

    /** What the sync did before rate limits and bounds. */
    enum Outcome {
        METRICS,
        SCALING_DISABLED,
        ABOVE_MAX,
        BELOW_MIN,
        BLOCKED,
        ALL_INVALID
    }

    /** What capped the stabilised recommendation, if anything. */
    enum Limit {
        NONE,
        LEGACY_SCALE_UP,
        UP_POLICY,
        DOWN_POLICY,
        UP_DISABLED,
        DOWN_DISABLED,
        MAX_REPLICAS,
        MIN_REPLICAS
    }

    private final HpaSpec spec;

    Outcome outcome = Outcome.METRICS;
    int current;
    int desired;
    int metric = -1;
    double observed = Double.NaN;
    int proposal;
    int invalidMetric = -1;
    ReplicaCalculator.Failure failure = ReplicaCalculator.Failure.NONE;
    int stabilised;
    int stabilisationWindow;
    Limit limit = Limit.NONE;
    int limitPolicy = -1;
    int limitValue;

    ScalingReason(HpaSpec spec) {
        this.spec = spec;
    }

    /** Forgets the previous sync. */
    void reset(int currentReplicas) {
        outcome = Outcome.METRICS;
        current = currentReplicas;
        desired = currentReplicas;
        metric = -1;
        observed = Double.NaN;
        invalidMetric = -1;
        failure = ReplicaCalculator.Failure.NONE;
        stabilisationWindow = -1;
        limit = Limit.NONE;
        limitPolicy = -1;
    }

    /** Returns the reason as text. */
    String format() {
        switch (outcome) {
            case SCALING_DISABLED:
                return "scaling disabled: the target has 0 replicas and minReplicas is "
                        + spec.minReplicas();
            case ABOVE_MAX:
                return "current replicas " + current + " above maxReplicas -> " + desired;
            case BELOW_MIN:
                return "current replicas " + current + " below minReplicas -> " + desired;
            case ALL_INVALID:
                return invalid() + ": no valid metric, replicas kept at " + current;
            case BLOCKED:
                return invalid()
                        + ": scale-down blocked, replicas kept at "
                        + current
                        + " ("
                        + proposal()
                        + ")";
            default:
                return proposal() + stabilisation() + limit();
        }
    }

    private String invalid() {
        return describe(spec.metrics().get(invalidMetric)) + " " + failure.text;
    }

    private String proposal() {
        if (metric < 0) {
            return "no metric proposal";
        }
        MetricSpec m = spec.metrics().get(metric);
        String text = describe(m) + " " + value(m, observed) + " of " + value(m, m.target());
        String perPod = m.source() == MetricSource.EXTERNAL && isAverage(m) ? " per pod" : "";
        return text + perPod + " target -> " + proposal;
    }

    private String stabilisation() {
        if (stabilisationWindow < 0 || stabilised == proposal) {
            return "";
        }
        String direction = stabilised > proposal ? "scale-down" : "scale-up";
        return "; held at "
                + stabilised
                + " by the "
                + direction
                + " stabilisation window of "
                + stabilisationWindow
                + "s";
    }

    private String limit() {
        switch (limit) {
            case LEGACY_SCALE_UP:
                return "; limited by the scale-up limit max(2 × "
                        + current
                        + ", 4) = "
                        + limitValue;
            case UP_POLICY:
                return "; limited by scale-up policy " + policy(true);
            case DOWN_POLICY:
                return "; limited by scale-down policy " + policy(false);
            case UP_DISABLED:
                return "; scale-up disabled by selectPolicy";
            case DOWN_DISABLED:
                return "; scale-down disabled by selectPolicy";
            case MAX_REPLICAS:
                return "; clamped to maxReplicas " + limitValue;
            case MIN_REPLICAS:
                return "; raised to minReplicas " + limitValue;
            default:
                return "";
        }
    }

    private String policy(boolean up) {
        HpaBehavior behavior = spec.behavior().orElseThrow();
        List<ScalingPolicy> policies =
                up ? behavior.scaleUp().policies() : behavior.scaleDown().policies();
        ScalingPolicy p = policies.get(limitPolicy);
        String type = p.type() == HpaBehavior.PolicyType.PODS ? "Pods " : "Percent ";
        return type + p.value() + " per " + p.periodSeconds() + "s";
    }

    private static String describe(MetricSpec m) {
        switch (m.source()) {
            case RESOURCE:
                return m.name()
                        + (m.targetType() == TargetType.UTILIZATION
                                ? " utilization"
                                : " average value");
            case PODS:
                return "pods metric " + m.name();
            default:
                return "external metric " + m.name();
        }
    }

    private static String value(MetricSpec m, double v) {
        if (m.targetType() == TargetType.UTILIZATION) {
            return percent(v);
        }
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v)
                .setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Returns {@code v} as a whole percentage, as {@code %.0f%%} formats it. */
    private static String percent(double v) {
        if (v >= 0 && v < 1e15 && v == (long) v) {
            return (long) v + "%";
        }
        return String.format(Locale.ROOT, "%.0f%%", v);
    }

    private static boolean isAverage(MetricSpec m) {
        return m.targetType() == TargetType.AVERAGE_VALUE;
    }
}
