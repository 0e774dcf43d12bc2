package io.devopssim.core.autoscale;

import static io.devopssim.core.autoscale.Specs.cpu;
import static io.devopssim.core.autoscale.Specs.external;
import static io.devopssim.core.autoscale.Specs.immediateDown;
import static io.devopssim.core.autoscale.Specs.legacy;
import static io.devopssim.core.autoscale.Specs.pods;
import static io.devopssim.core.autoscale.Specs.rules;
import static io.devopssim.core.autoscale.Specs.withBehavior;
import static io.devopssim.core.autoscale.Specs.withTolerances;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Per-metric proposals: tolerance, metric kinds, integer arithmetic and invalid metrics. */
class HpaMetricsTest {

    private static final double NAN = Double.NaN;
    private static final double GIB = 1024.0 * 1024 * 1024;

    @ParameterizedTest(name = "usage {0} of 20 pods -> {1}")
    @CsvSource({"1.20, 20", "1.21, 25", "0.95, 20", "0.94, 19"})
    void tolerance_perDirectionBoundsIncluded(double usage, int expected) {
        HpaSpec spec = withTolerances(0.2, 0.05, immediateDown(), cpu(100));
        HpaAutoscaler hpa = HpaAutoscaler.of(spec);

        assertThat(hpa.recommend(new TestScalingInput(1).follow(20, usage))).isEqualTo(expected);
    }

    @Test
    void utilization_integerPercent_truncatesLikeUpstream() {
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 10, immediateDown(), cpu(50)));
        TestScalingInput in = new TestScalingInput(1).replicas(3);
        in.ready(1, 0.4).ready(2, 0.3);

        // 1000m of 3000m is 33 %, not 33.3 %: ratio 0.66 and ceil(1.98) = 2.
        assertThat(hpa.recommend(in)).isEqualTo(2);
    }

    @Test
    void memoryAverageValue_scalesOnAverageBytes() {
        MetricSpec memory =
                new MetricSpec(MetricSource.RESOURCE, "memory", TargetType.AVERAGE_VALUE, GIB / 2);
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 20, memory));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(4, GIB))).isEqualTo(8);
        assertThat(hpa.lastReason())
                .isEqualTo("memory average value 1073741824 of 536870912 target -> 8");
    }

    @Test
    void memoryAverageValue_notReadyPodsWithSamples_countAsReady() {
        MetricSpec memory =
                new MetricSpec(MetricSource.RESOURCE, "memory", TargetType.AVERAGE_VALUE, GIB / 2);
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 20, memory));
        TestScalingInput in = new TestScalingInput(1).replicas(4).ready(2, GIB).notReady(2, GIB);

        assertThat(hpa.recommend(in)).isEqualTo(8);
    }

    @Test
    void podsMetric_averageAboveTarget_scalesUp() {
        MetricSpec rps = new MetricSpec(MetricSource.PODS, "rps", TargetType.AVERAGE_VALUE, 10);
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 20, rps));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(5, 15))).isEqualTo(8);
        assertThat(hpa.lastReason()).isEqualTo("pods metric rps 15 of 10 target -> 8");
    }

    @Test
    void podsMetric_missingPodOnScaleDown_countsAsTarget() {
        MetricSpec rps = new MetricSpec(MetricSource.PODS, "rps", TargetType.AVERAGE_VALUE, 10);
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 20, immediateDown(), rps));
        TestScalingInput in = new TestScalingInput(1).replicas(4).ready(3, 5).ready(1, NAN);

        // (5 + 5 + 5 + 10) / 4 = 6.25 against 10: ceil(0.625 × 4) = 3.
        assertThat(hpa.recommend(in)).isEqualTo(3);
    }

    @Test
    void reason_scaleUpLimitedByPolicy_namesMetricAndPolicy() {
        ScalingRules up = rules(0, SelectPolicy.MAX, pods(2, 60));
        HpaBehavior behavior = new HpaBehavior(up, ScalingRules.defaultScaleDown());
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 20, behavior, cpu(70)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(4, 1.4))).isEqualTo(6);
        assertThat(hpa.lastReason())
                .isEqualTo(
                        "cpu utilization 140% of 70% target -> 8;"
                                + " limited by scale-up policy Pods 2 per 60s");
    }

    @Test
    void invalid_everyMetricInvalid_keepsReplicas() {
        MetricSpec queue = external("queue", TargetType.VALUE, 100);
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 10, queue));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(3, NAN))).isEqualTo(3);
        assertThat(hpa.lastReason())
                .isEqualTo(
                        "external metric queue unavailable: no valid metric, replicas kept at 3");
    }

    @Test
    void invalid_podWithoutCpuRequest_blocksScaleDown() {
        MetricSpec queue = external("queue", TargetType.VALUE, 100);
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 10, immediateDown(), cpu(50), queue));
        TestScalingInput in = new TestScalingInput(2).follow(4, 0.1, NAN).external(1, 50);
        in.pods.get(0).requests[0] = NAN;

        // The queue alone would give ceil(0.5 × 4) = 2.
        assertThat(hpa.recommend(in)).isEqualTo(4);
        assertThat(hpa.lastReason()).startsWith("cpu utilization has a pod without a request");
    }

    @Test
    void invalid_oneMetricInvalidOtherScalesUp_scalesUp() {
        MetricSpec queue = external("queue", TargetType.VALUE, 100);
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 10, cpu(50), queue));
        TestScalingInput in = new TestScalingInput(2).follow(4, 0.1, NAN).external(1, 300);
        in.pods.get(0).requests[0] = NAN;

        // The queue asks for 3 × 4 = 12; the legacy limit allows max(2 × 4, 4) = 8.
        assertThat(hpa.recommend(in)).isEqualTo(8);
    }

    @Test
    void minReplicasZero_externalValueAtZeroReplicas_scalesFromZero() {
        MetricSpec queue = external("queue", TargetType.VALUE, 100);
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(0, 10, queue));
        TestScalingInput in = new TestScalingInput(1).replicas(0).external(0, 250);

        assertThat(hpa.recommend(in)).isEqualTo(3);
    }

    @Test
    void minReplicasZero_externalValueZero_scalesToZero() {
        MetricSpec queue = external("queue", TargetType.VALUE, 100);
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(0, 10, immediateDown(), queue));
        TestScalingInput in = new TestScalingInput(1).follow(2, NAN).external(0, 0);

        assertThat(hpa.recommend(in)).isZero();
        in.follow(0, NAN);
        assertThat(hpa.recommend(in.at(15))).isZero();
    }
}
