package io.devopssim.core.model;

import io.devopssim.core.autoscale.HpaBehavior;
import io.devopssim.core.autoscale.HpaBehavior.ScalingPolicy;
import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import java.time.Duration;
import java.util.List;

/** Checks an HPA spec against the rules the Kubernetes API server applies. */
final class HpaChecks {

    private HpaChecks() {}

    static void hpa(HpaSpec hpa, Check c) {
        boolean external =
                hpa.metrics().stream().anyMatch(m -> m.source() == MetricSource.EXTERNAL);
        if (hpa.minReplicas() < (external ? 0 : 1)) {
            String bound = external ? ">= 0" : ">= 1 (0 needs an External metric)";
            c.fail("minReplicas", "must be " + bound + ", was " + hpa.minReplicas());
        }
        int floor = Math.max(1, hpa.minReplicas());
        if (hpa.maxReplicas() < floor) {
            String bound = hpa.minReplicas() >= 1 ? "minReplicas (" + floor + ")" : "1";
            c.fail("maxReplicas", "must be >= " + bound + ", was " + hpa.maxReplicas());
        }
        metrics(hpa.metrics(), c);
        hpa.behavior().ifPresent(b -> behavior(b, c.at("behavior")));
        controller(hpa.controller(), c.at("controller"));
    }

    private static void metrics(List<MetricSpec> metrics, Check c) {
        if (metrics.isEmpty()) {
            c.fail("metrics", "must hold at least one metric, was empty");
        }
        for (int i = 0; i < metrics.size(); i++) {
            metric(metrics.get(i), c.index("metrics", i));
        }
    }

    private static void metric(MetricSpec m, Check c) {
        c.notBlank("name", m.name());
        c.positive("target", m.target());
        if (m.targetType() == TargetType.UTILIZATION && m.source() != MetricSource.RESOURCE) {
            c.fail("targetType", "Utilization applies to Resource metrics only, was " + m.source());
        }
        if (m.targetType() == TargetType.VALUE && m.source() != MetricSource.EXTERNAL) {
            c.fail("targetType", "Value applies to External metrics only, was " + m.source());
        }
    }

    private static void behavior(HpaBehavior b, Check c) {
        rules(b.scaleUp(), c.at("scaleUp"));
        rules(b.scaleDown(), c.at("scaleDown"));
    }

    private static void rules(ScalingRules r, Check c) {
        c.between("stabilizationWindowSeconds", r.stabilizationWindowSeconds(), 0, 3600, false);
        if (r.policies().isEmpty() && r.selectPolicy() != SelectPolicy.DISABLED) {
            c.fail("policies", "must hold at least one policy, was empty");
        }
        for (int i = 0; i < r.policies().size(); i++) {
            ScalingPolicy p = r.policies().get(i);
            Check pc = c.index("policies", i);
            pc.positive("value", p.value());
            pc.between("periodSeconds", p.periodSeconds(), 1, 1800, false);
        }
    }

    private static void controller(HpaSpec.ControllerSettings s, Check c) {
        positive("syncPeriod", s.syncPeriod(), c);
        c.nonNegative("scaleUpTolerance", s.scaleUpTolerance());
        c.between("scaleDownTolerance", s.scaleDownTolerance(), 0, 1, false);
        nonNegative("cpuInitializationPeriod", s.cpuInitializationPeriod(), c);
        nonNegative("initialReadinessDelay", s.initialReadinessDelay(), c);
        nonNegative("downscaleStabilisationWindow", s.downscaleStabilisationWindow(), c);
    }

    private static void positive(String field, Duration d, Check c) {
        if (d.isNegative() || d.isZero()) {
            c.fail(field, "must be > 0, was " + d);
        }
    }

    private static void nonNegative(String field, Duration d, Check c) {
        if (d.isNegative()) {
            c.fail(field, "must be >= 0, was " + d);
        }
    }
}
