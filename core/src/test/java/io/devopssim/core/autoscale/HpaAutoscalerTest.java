package io.devopssim.core.autoscale;

import static io.devopssim.core.autoscale.Specs.cpu;
import static io.devopssim.core.autoscale.Specs.external;
import static io.devopssim.core.autoscale.Specs.legacy;
import static io.devopssim.core.autoscale.Specs.percent;
import static io.devopssim.core.autoscale.Specs.pods;
import static io.devopssim.core.autoscale.Specs.rules;
import static io.devopssim.core.autoscale.Specs.withBehavior;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases taken from upstream bug reports; each asserts the answer upstream's controller gives. */
class HpaAutoscalerTest {

    private static final double NAN = Double.NaN;

    private static HpaSpec cpuAndQueue() {
        return legacy(1, 5, cpu(70), external("queue", TargetType.AVERAGE_VALUE, 10));
    }

    @Test
    void recommend_externalUnavailableAndCpuWouldScaleDown_keepsReplicas() {
        HpaAutoscaler hpa = HpaAutoscaler.of(cpuAndQueue());
        TestScalingInput in = new TestScalingInput(2).replicas(3).ready(3, 0.10, NAN);

        assertThat(hpa.recommend(in)).isEqualTo(3);
        assertThat(hpa.lastReason())
                .startsWith("external metric queue unavailable: scale-down blocked");
    }

    @Test
    void recommend_externalUnavailableAndCpuScalesUp_scalesUp() {
        HpaAutoscaler hpa = HpaAutoscaler.of(cpuAndQueue());
        TestScalingInput in = new TestScalingInput(2).replicas(3).ready(3, 1.0, NAN);

        assertThat(hpa.recommend(in)).isEqualTo(5);
    }

    @Test
    void recommend_rolloutSurgePodWithoutMetrics_keepsDeploymentSize() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 10, cpu(50)));
        TestScalingInput in = new TestScalingInput(1).replicas(2).ready(3, 0.30);
        in.add(PodPhase.RUNNING, false, NAN).readyTransitionTime = -5;

        assertThat(hpa.recommend(in)).isEqualTo(2);
    }

    @Test
    void recommend_notReadyPodsDuringScaleUp_keepsReplicas() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 10, cpu(50)));
        TestScalingInput in = new TestScalingInput(1).replicas(5).ready(3, 0.60);
        for (int i = 0; i < 2; i++) {
            TestScalingInput.Pod pod = in.add(PodPhase.RUNNING, false, 0.9);
            pod.startTime = -40;
            pod.readyTransitionTime = -40;
        }

        assertThat(hpa.recommend(in)).isEqualTo(5);
    }

    @Test
    void recommend_failedEvictedPods_areIgnored() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 10, cpu(50)));
        TestScalingInput in = new TestScalingInput(1).replicas(4).ready(4, 1.0);
        in.inPhase(4, PodPhase.FAILED);

        assertThat(hpa.recommend(in)).isEqualTo(8);
    }

    @Test
    void recommend_missingPodOnScaleDown_countsFullRequestNotTarget() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 10, cpu(60)));
        TestScalingInput in = new TestScalingInput(1).replicas(4).ready(3, 0.30).ready(1, NAN);

        assertThat(hpa.recommend(in)).isEqualTo(4);
    }

    @Test
    void recommend_pendingPodsOnScaleUp_countAsZero() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 10, cpu(50)));
        TestScalingInput in = new TestScalingInput(1).replicas(5).ready(3, 1.0);
        in.inPhase(2, PodPhase.PENDING);

        assertThat(hpa.recommend(in)).isEqualTo(6);
    }

    @Test
    void recommend_zeroUsageAtMinReplicas_staysAtMinEveryCycle() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(15, 60, cpu(25)));
        TestScalingInput in = new TestScalingInput(1).follow(15, 0.0);

        for (int cycle = 0; cycle < 200; cycle++) {
            int desired = hpa.recommend(in.at(cycle * 15.0));
            assertThat(desired).as("cycle %d", cycle).isEqualTo(15);
            in.follow(desired, 0.0);
        }
    }

    @Test
    void recommend_scaleDownPoliciesPercentAndPods_stepsEverySixtySeconds() {
        ScalingRules down = rules(0, SelectPolicy.MAX, percent(10, 60), pods(4, 60));
        HpaBehavior behavior = new HpaBehavior(ScalingRules.defaultScaleUp(), down);
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(2, 20, behavior, cpu(50)));
        TestScalingInput in = new TestScalingInput(1).follow(20, 0.0);

        List<Integer> counts = new ArrayList<>(List.of(20));
        List<Double> changeTimes = new ArrayList<>();
        for (int cycle = 0; cycle <= 40; cycle++) {
            double now = cycle * 15.0;
            int desired = hpa.recommend(in.at(now));
            if (desired != in.currentReplicas) {
                counts.add(desired);
                changeTimes.add(now);
            }
            in.follow(desired, 0.0);
        }

        assertThat(counts).containsExactly(20, 16, 12, 8, 4, 2);
        for (int i = 1; i < changeTimes.size(); i++) {
            assertThat(changeTimes.get(i) - changeTimes.get(i - 1)).isGreaterThanOrEqualTo(60);
        }
        assertThat(changeTimes).containsExactly(0.0, 60.0, 120.0, 180.0, 240.0);
    }

    @Test
    void recommend_externalAverageValueJustAboveTarget_staysWithinTolerance() {
        HpaAutoscaler hpa =
                HpaAutoscaler.of(legacy(1, 200, external("q", TargetType.AVERAGE_VALUE, 1.0)));
        TestScalingInput in = new TestScalingInput(1).follow(88, NAN).external(0, 1.012 * 88);

        assertThat(hpa.recommend(in)).isEqualTo(88);
    }

    @Test
    void recommend_externalValueWithNoReadyPods_dropsToMinAfterStabilisationWindow() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(2, 20, external("q", TargetType.VALUE, 100)));
        TestScalingInput in = new TestScalingInput(1).replicas(10).external(0, 200);
        in.notReady(10, NAN);

        for (int cycle = 0; cycle <= 20; cycle++) {
            assertThat(hpa.recommend(in.at(cycle * 15.0))).as("t=%ds", cycle * 15).isEqualTo(10);
        }
        assertThat(hpa.recommend(in.at(315))).isEqualTo(2);
        assertThat(hpa.lastReason())
                .isEqualTo("external metric q 200 of 100 target -> 0; raised to minReplicas 2");
    }
}
