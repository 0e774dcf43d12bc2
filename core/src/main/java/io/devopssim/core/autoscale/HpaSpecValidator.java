package io.devopssim.core.autoscale;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaBehavior.ScalingPolicy;
import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Checks an {@link HpaSpec} against upstream's API validation, reporting every problem at once. */
final class HpaSpecValidator {

    private final List<Problem> problems = new ArrayList<>();

    private HpaSpecValidator() {}

    /** Throws if {@code spec} is not one the Kubernetes API server would accept. */
    static void validate(HpaSpec spec) {
        HpaSpecValidator v = new HpaSpecValidator();
        v.bounds(spec);
        for (int i = 0; i < spec.metrics().size(); i++) {
            v.metric("metrics[" + i + "]", spec.metrics().get(i));
        }
        spec.behavior().ifPresent(b -> v.behavior(b));
        v.controller(spec.controller());
        if (!v.problems.isEmpty()) {
            throw new InvalidInputException("HorizontalPodAutoscaler spec", v.problems);
        }
    }

    private void bounds(HpaSpec spec) {
        boolean external =
                spec.metrics().stream().anyMatch(m -> m.source() == MetricSource.EXTERNAL);
        if (spec.minReplicas() < 0 || spec.minReplicas() == 0 && !external) {
            add("minReplicas", spec.minReplicas(), "at least 1 (0 only with an External metric)");
        }
        if (spec.maxReplicas() < Math.max(1, spec.minReplicas())) {
            add("maxReplicas", spec.maxReplicas(), "at least 1 and at least minReplicas");
        }
        if (spec.metrics().isEmpty()) {
            problems.add(new Problem("metrics", "is empty; expected at least one metric"));
        }
    }

    private void metric(String path, MetricSpec m) {
        if (m.name().isBlank()) {
            add(path + ".name", "\"" + m.name() + "\"", "a metric or resource name");
        }
        if (!(m.target() > 0) || Double.isInfinite(m.target())) {
            add(path + ".target", m.target(), "a finite value above 0");
        }
        boolean allowed;
        switch (m.source()) {
            case RESOURCE:
                allowed = m.targetType() != TargetType.VALUE;
                break;
            case PODS:
                allowed = m.targetType() == TargetType.AVERAGE_VALUE;
                break;
            default:
                allowed = m.targetType() != TargetType.UTILIZATION;
        }
        if (!allowed) {
            add(path + ".targetType", m.targetType(), "a target type " + m.source() + " allows");
        }
        if (m.targetType() == TargetType.UTILIZATION && m.target() != Math.rint(m.target())) {
            add(path + ".target", m.target(), "a whole number of percent");
        }
    }

    private void behavior(HpaBehavior b) {
        rules("behavior.scaleUp", b.scaleUp());
        rules("behavior.scaleDown", b.scaleDown());
    }

    private void rules(String path, ScalingRules r) {
        int window = r.stabilizationWindowSeconds();
        if (window < 0 || window > 3600) {
            add(path + ".stabilizationWindowSeconds", window, "0 to 3600");
        }
        if (r.policies().isEmpty()) {
            problems.add(new Problem(path + ".policies", "is empty; expected at least one"));
        }
        for (int i = 0; i < r.policies().size(); i++) {
            ScalingPolicy p = r.policies().get(i);
            String at = path + ".policies[" + i + "]";
            if (p.value() <= 0) {
                add(at + ".value", p.value(), "above 0");
            }
            if (p.periodSeconds() < 1 || p.periodSeconds() > 1800) {
                add(at + ".periodSeconds", p.periodSeconds(), "1 to 1800");
            }
        }
    }

    private void controller(HpaSpec.ControllerSettings c) {
        if (c.syncPeriod().isNegative() || c.syncPeriod().isZero()) {
            add("controller.syncPeriod", c.syncPeriod(), "a positive duration");
        }
        tolerance("controller.scaleUpTolerance", c.scaleUpTolerance());
        tolerance("controller.scaleDownTolerance", c.scaleDownTolerance());
        nonNegative("controller.cpuInitializationPeriod", c.cpuInitializationPeriod());
        nonNegative("controller.initialReadinessDelay", c.initialReadinessDelay());
        nonNegative("controller.downscaleStabilisationWindow", c.downscaleStabilisationWindow());
    }

    private void tolerance(String path, double value) {
        if (!(value >= 0 && value < 1)) {
            add(path, value, "a fraction from 0 up to, not including, 1");
        }
    }

    private void nonNegative(String path, Duration d) {
        if (d.isNegative()) {
            add(path, d, "a duration of at least 0");
        }
    }

    private void add(String path, Object value, String expected) {
        problems.add(new Problem(path, value + " is not allowed; expected " + expected));
    }
}
