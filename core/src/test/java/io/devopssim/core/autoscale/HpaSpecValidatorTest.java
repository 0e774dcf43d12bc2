package io.devopssim.core.autoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import org.junit.jupiter.api.Test;

class HpaSpecValidatorTest {

    @Test
    void of_manyProblems_reportsEachWithItsPath() {
        MetricSpec podsUtilization =
                new MetricSpec(MetricSource.PODS, "rps", TargetType.UTILIZATION, -1);
        ScalingRules badUp = Specs.rules(4000, SelectPolicy.MAX, Specs.pods(0, 0));
        HpaBehavior behavior = new HpaBehavior(badUp, ScalingRules.defaultScaleDown());
        HpaSpec spec = Specs.withBehavior(0, 0, behavior, podsUtilization);

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> HpaAutoscaler.of(spec));
        assertThat(e.problems())
                .extracting(Problem::path)
                .containsExactly(
                        "minReplicas",
                        "maxReplicas",
                        "metrics[0].target",
                        "metrics[0].targetType",
                        "behavior.scaleUp.stabilizationWindowSeconds",
                        "behavior.scaleUp.policies[0].value",
                        "behavior.scaleUp.policies[0].periodSeconds");
    }

    @Test
    void of_fractionalUtilizationTarget_rejected() {
        HpaSpec spec = Specs.legacy(1, 5, Specs.cpu(70.5));

        assertThatThrownBy(() -> HpaAutoscaler.of(spec))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("metrics[0].target: 70.5 is not allowed");
    }

    @Test
    void recommend_negativeSample_reportsPodAndMetric() {
        HpaAutoscaler hpa = HpaAutoscaler.of(Specs.legacy(1, 5, Specs.cpu(50)));
        TestScalingInput in = new TestScalingInput(1).follow(2, -0.5);

        assertThatThrownBy(() -> hpa.recommend(in))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pods[0].metric[0]: -0.5 is not allowed");
    }
}
