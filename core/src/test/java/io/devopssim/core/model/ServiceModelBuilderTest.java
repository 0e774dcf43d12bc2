package io.devopssim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaBehavior;
import io.devopssim.core.autoscale.HpaBehavior.PolicyType;
import io.devopssim.core.autoscale.HpaBehavior.ScalingPolicy;
import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import io.devopssim.core.load.LoadSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceModelBuilderTest {

    private static ServiceModel.Builder valid() {
        return ServiceModel.builder("web")
                .instanceType("m5.large")
                .capacityRps(20)
                .load(new LoadSpec.Constant(100));
    }

    private static HpaSpec hpa(int min, int max) {
        return new HpaSpec(
                min,
                max,
                List.of(MetricSpec.cpuUtilization(50)),
                Optional.empty(),
                HpaSpec.ControllerSettings.upstreamDefaults());
    }

    private static List<String> problems(ServiceModel.Builder builder) {
        try {
            builder.build();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void build_onlyRequiredValues_fillsDocumentedDefaults() {
        ServiceModel s = valid().build();

        assertThat(s.cpuRequest()).isEqualTo(0.5);
        assertThat(s.cpuIdle()).isZero();
        assertThat(s.cpuAtCapacity()).isEqualTo(0.5);
        assertThat(s.concurrency()).isEqualTo(1);
        assertThat(s.requestTimeoutSeconds()).isEqualTo(30.0);
        assertThat(s.minReplicas()).isEqualTo(1);
        assertThat(s.maxReplicas()).isEqualTo(1);
        assertThat(s.initialReplicas()).isEqualTo(1);
        assertThat(s.startup()).isEqualTo(new Distribution.Fixed(0));
        assertThat(s.readiness()).isEqualTo(new Distribution.Fixed(0));
        assertThat(s.pricePerHour()).isEmpty();
        assertThat(s.autoscaler()).isEmpty();
        assertThat(s.rollingUpdate()).isEqualTo(RollingUpdate.kubernetesDefault());
    }

    @Test
    void build_initialReplicasOnly_givesFixedFleet() {
        ServiceModel s = valid().initialReplicas(3).build();

        assertThat(List.of(s.minReplicas(), s.maxReplicas(), s.initialReplicas()))
                .containsExactly(3, 3, 3);
    }

    @Test
    void build_boundsOnly_startsAtLowerBound() {
        ServiceModel s = valid().minReplicas(2).maxReplicas(50).build();

        assertThat(s.initialReplicas()).isEqualTo(2);
    }

    @Test
    void build_missingRequiredValues_reportsEach() {
        assertThat(problems(ServiceModel.builder("web")))
                .containsExactly(
                        "instanceType: required, was not set",
                        "capacityRps: required, was not set",
                        "load: required, was not set");
    }

    @Test
    void build_maxBelowMin_reportsBothValues() {
        assertThat(problems(valid().minReplicas(3).maxReplicas(2)))
                .containsExactly("maxReplicas: must be >= minReplicas (3), was 2");
    }

    @Test
    void build_initialOutsideBounds_reportsBounds() {
        assertThat(problems(valid().minReplicas(2).maxReplicas(5).initialReplicas(7)))
                .containsExactly(
                        "initialReplicas: must be within minReplicas (2) and maxReplicas"
                                + " (5), was 7");
    }

    @Test
    void build_negativeMinReplicas_reported() {
        assertThat(problems(valid().minReplicas(-1).maxReplicas(2).initialReplicas(1)))
                .containsExactly("minReplicas: must be >= 0, was -1");
    }

    @Test
    void build_badName_reportsDnsLabelRule() {
        assertThat(problems(valid().name("Web_1")))
                .containsExactly(
                        "name: must be a DNS-1123 label (lowercase letters, digits and '-',"
                                + " starting and ending with a letter or digit, at most 63"
                                + " characters), was \"Web_1\"");
    }

    @Test
    void build_nonPositiveAndNonFiniteNumbers_reportsEachAtOnce() {
        ServiceModel.Builder b =
                valid().cpuRequest(0)
                        .cpuIdle(-0.1)
                        .capacityRps(Double.NaN)
                        .concurrency(0)
                        .requestTimeoutSeconds(-5)
                        .pricePerHour(-1);

        assertThat(problems(b))
                .containsExactly(
                        "pricePerHour: must be >= 0, was -1",
                        "cpuRequest: must be > 0, was 0",
                        "cpuIdle: must be >= 0, was -0.1",
                        "capacityRps: must be a finite number, was NaN",
                        "concurrency: must be >= 1, was 0",
                        "requestTimeoutSeconds: must be > 0, was -5");
    }

    @Test
    void build_cpuAtCapacityBelowIdle_reported() {
        assertThat(problems(valid().cpuIdle(0.3).cpuAtCapacity(0.2)))
                .containsExactly("cpuAtCapacity: must be >= cpuIdle (0.3), was 0.2");
    }

    @Test
    void build_malformedDistributions_reportsEachParameter() {
        ServiceModel.Builder b =
                valid().startup(new Distribution.LogNormal(40, 30))
                        .readiness(new Distribution.Uniform(5, 2));

        assertThat(problems(b))
                .containsExactly(
                        "startup.p90: must be >= median (40), was 30",
                        "readiness.max: must be >= min (5), was 2");
    }

    @Test
    void build_nanOrNegativeDistribution_reported() {
        ServiceModel.Builder b =
                valid().startup(new Distribution.Fixed(-1))
                        .readiness(new Distribution.LogNormal(0, Double.NaN));

        assertThat(problems(b))
                .containsExactly(
                        "startup.seconds: must be >= 0, was -1",
                        "readiness.median: must be > 0, was 0",
                        "readiness.p90: must be a finite number, was NaN");
    }

    @Test
    void build_badLoad_reportsField() {
        assertThat(problems(valid().load(new LoadSpec.Diurnal(100, 1.5, 24))))
                .containsExactly(
                        "load.amplitude: must be in [0, 1], was 1.5",
                        "load.peakHour: must be in [0, 24), was 24");
    }

    @Test
    void build_badRollingUpdate_reported() {
        assertThat(problems(valid().rollingUpdate(new RollingUpdate("0", "0%"))))
                .containsExactly(
                        "rollingUpdate.maxUnavailable: must not be 0 when maxSurge is 0,"
                                + " was 0");
        assertThat(problems(valid().rollingUpdate(new RollingUpdate("a lot", "25%"))))
                .containsExactly(
                        "rollingUpdate.maxSurge: must be a count (1) or a percentage"
                                + " (25%), was \"a lot\"");
    }

    @Test
    void build_withAutoscaler_takesBoundsFromHpa() {
        ServiceModel s = valid().autoscaler(hpa(2, 10)).build();

        assertThat(List.of(s.minReplicas(), s.maxReplicas(), s.initialReplicas()))
                .containsExactly(2, 10, 2);
    }

    @Test
    void build_boundsDifferFromHpa_reported() {
        assertThat(problems(valid().autoscaler(hpa(2, 10)).maxReplicas(20)))
                .containsExactly(
                        "maxReplicas: must equal autoscaler.maxReplicas (10) because the HPA's"
                                + " bounds are the service's bounds, was 20");
    }

    @Test
    void build_inconsistentHpa_reportsUnderAutoscaler() {
        HpaSpec bad =
                new HpaSpec(
                        0,
                        0,
                        List.of(
                                new MetricSpec(
                                        MetricSource.PODS, "rps", TargetType.UTILIZATION, 0)),
                        Optional.of(
                                new HpaBehavior(
                                        new ScalingRules(
                                                4000,
                                                SelectPolicy.MAX,
                                                List.of(new ScalingPolicy(PolicyType.PODS, 0, 0))),
                                        ScalingRules.defaultScaleDown())),
                        HpaSpec.ControllerSettings.upstreamDefaults());

        assertThat(problems(valid().autoscaler(bad)))
                .contains(
                        "autoscaler.minReplicas: must be >= 1 (0 needs an External metric), was 0",
                        "autoscaler.maxReplicas: must be >= 1, was 0",
                        "autoscaler.metrics[0].target: must be > 0, was 0",
                        "autoscaler.metrics[0].targetType: Utilization applies to Resource"
                                + " metrics only, was PODS",
                        "autoscaler.behavior.scaleUp.stabilizationWindowSeconds: must be in"
                                + " [0, 3600], was 4000",
                        "autoscaler.behavior.scaleUp.policies[0].value: must be > 0, was 0",
                        "autoscaler.behavior.scaleUp.policies[0].periodSeconds: must be in"
                                + " [1, 1800], was 0");
    }

    @Test
    void toBuilder_validService_rebuildsEqualService() {
        ServiceModel s = valid().autoscaler(hpa(1, 4)).pricePerHour(0.1).build();

        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test
    void build_invalid_messageNamesServiceAndCount() {
        assertThatThrownBy(() -> valid().concurrency(0).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("service web: 1 problem\n  concurrency: must be >= 1, was 0");
    }
}
