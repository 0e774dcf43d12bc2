package io.devopssim.core.autoscale;

import static io.devopssim.core.autoscale.Specs.cpu;
import static io.devopssim.core.autoscale.Specs.legacy;
import static io.devopssim.core.autoscale.Specs.percent;
import static io.devopssim.core.autoscale.Specs.pods;
import static io.devopssim.core.autoscale.Specs.rules;
import static io.devopssim.core.autoscale.Specs.withBehavior;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import org.junit.jupiter.api.Test;

/** Stabilisation, rate limits and bounds, in the legacy path and with {@code spec.behavior}. */
class HpaNormalizationTest {

    private static HpaBehavior up(ScalingRules scaleUp) {
        return new HpaBehavior(scaleUp, ScalingRules.defaultScaleDown());
    }

    @Test
    void legacy_scaleUpFromThree_limitedToDouble() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 100, cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(3, 5.0))).isEqualTo(6);
        assertThat(hpa.lastReason())
                .isEqualTo(
                        "cpu utilization 500% of 50% target -> 30;"
                                + " limited by the scale-up limit max(2 × 3, 4) = 6");
    }

    @Test
    void legacy_scaleUpFromOne_limitedToFour() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 100, cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(1, 5.0))).isEqualTo(4);
    }

    @Test
    void legacy_scaleDown_heldByHighestRecommendationInWindow() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 100, cpu(50)));
        TestScalingInput in = new TestScalingInput(1).follow(10, 0.5);
        assertThat(hpa.recommend(in.at(0))).isEqualTo(10);

        in.follow(10, 0.1);
        for (int t = 15; t <= 300; t += 15) {
            assertThat(hpa.recommend(in.at(t))).as("t=%d", t).isEqualTo(10);
        }
        assertThat(hpa.recommend(in.at(315))).isEqualTo(2);
        assertThat(hpa.lastReason()).isEqualTo("cpu utilization 10% of 50% target -> 2");
    }

    @Test
    void behaviorDefaults_scaleUp_fourPodsOrDoublePerFifteenSeconds() {
        HpaAutoscaler hpa =
                HpaAutoscaler.of(withBehavior(1, 100, HpaBehavior.upstreamDefaults(), cpu(50)));
        TestScalingInput in = new TestScalingInput(1).follow(3, 5.0);

        assertThat(hpa.recommend(in.at(0))).isEqualTo(7);
        assertThat(hpa.lastReason()).endsWith("; limited by scale-up policy Pods 4 per 15s");
        in.follow(7, 5.0);
        assertThat(hpa.recommend(in.at(10))).isEqualTo(7);
        assertThat(hpa.recommend(in.at(15))).isEqualTo(14);
        in.follow(14, 5.0);
        assertThat(hpa.recommend(in.at(30))).isEqualTo(28);
        in.follow(28, 5.0);
        assertThat(hpa.recommend(in.at(45))).isEqualTo(56);
        in.follow(56, 5.0);
        assertThat(hpa.recommend(in.at(60))).isEqualTo(100);
        assertThat(hpa.lastReason()).endsWith("; clamped to maxReplicas 100");
    }

    @Test
    void selectPolicyMin_scaleUp_takesSmallestAllowance() {
        ScalingRules min = rules(0, SelectPolicy.MIN, percent(100, 15), pods(4, 15));
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 100, up(min), cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(3, 5.0))).isEqualTo(6);
        assertThat(hpa.lastReason()).endsWith("; limited by scale-up policy Percent 100 per 15s");
    }

    @Test
    void selectPolicyMin_scaleDown_takesSmallestAllowance() {
        ScalingRules down = rules(0, SelectPolicy.MIN, percent(10, 60), pods(4, 60));
        HpaBehavior behavior = new HpaBehavior(ScalingRules.defaultScaleUp(), down);
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(2, 20, behavior, cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(20, 0.0))).isEqualTo(18);
    }

    @Test
    void selectPolicyDisabled_scaleUp_keepsReplicas() {
        ScalingRules off = rules(0, SelectPolicy.DISABLED, pods(4, 15));
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 100, up(off), cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(3, 5.0))).isEqualTo(3);
        assertThat(hpa.lastReason()).endsWith("; scale-up disabled by selectPolicy");
    }

    @Test
    void selectPolicyDisabled_scaleDown_keepsReplicas() {
        ScalingRules off = rules(0, SelectPolicy.DISABLED, pods(4, 15));
        HpaBehavior behavior = new HpaBehavior(ScalingRules.defaultScaleUp(), off);
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 100, behavior, cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(10, 0.0))).isEqualTo(10);
    }

    @Test
    void scaleUpStabilisationWindow_delaysScaleUpUntilWindowHoldsOnlyHighValues() {
        ScalingRules slowUp = rules(60, SelectPolicy.MAX, percent(100, 15), pods(4, 15));
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 100, up(slowUp), cpu(50)));
        TestScalingInput in = new TestScalingInput(1).follow(3, 5.0);

        for (int t = 0; t <= 45; t += 15) {
            assertThat(hpa.recommend(in.at(t))).as("t=%d", t).isEqualTo(3);
        }
        assertThat(hpa.recommend(in.at(60))).isEqualTo(7);
    }

    @Test
    void scaleDownPolicy_countsScaleUpsInPeriod() {
        ScalingRules down = rules(0, SelectPolicy.MAX, pods(1, 60));
        HpaBehavior behavior = new HpaBehavior(ScalingRules.defaultScaleUp(), down);
        HpaAutoscaler hpa = HpaAutoscaler.of(withBehavior(1, 100, behavior, cpu(50)));
        TestScalingInput in = new TestScalingInput(1).follow(4, 1.0);
        assertThat(hpa.recommend(in.at(0))).isEqualTo(8);

        // The period started at 4 replicas: one pod below that is 3, not 7.
        in.follow(8, 0.0);
        assertThat(hpa.recommend(in.at(15))).isEqualTo(3);
    }

    @Test
    void bounds_proposalAboveMax_clampedToMax() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 5, cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(3, 2.0))).isEqualTo(5);
        assertThat(hpa.lastReason()).endsWith("; clamped to maxReplicas 5");
    }

    @Test
    void bounds_currentAboveMax_clampedAtOnce() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 5, cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(8, 0.5))).isEqualTo(5);
        assertThat(hpa.lastReason()).isEqualTo("current replicas 8 above maxReplicas -> 5");
    }

    @Test
    void bounds_currentBelowMin_raisedAtOnce() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(3, 5, cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).follow(1, 0.5))).isEqualTo(3);
    }

    @Test
    void bounds_targetAtZeroWithMinAboveZero_scalingDisabled() {
        HpaAutoscaler hpa = HpaAutoscaler.of(legacy(1, 5, cpu(50)));

        assertThat(hpa.recommend(new TestScalingInput(1).replicas(0))).isZero();
        assertThat(hpa.lastReason()).startsWith("scaling disabled");
    }
}
