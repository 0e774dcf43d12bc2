package io.devopssim.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaBehavior.PolicyType;
import io.devopssim.core.autoscale.HpaBehavior.ScalingPolicy;
import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RollingUpdate;
import io.devopssim.core.model.ServiceModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the import against what Kubernetes itself does with the same manifests: the API's defaults
 * for omitted fields (apps/v1 and autoscaling/v2 reference), quantity arithmetic, and the rules the
 * API server or the HPA controller enforce. Expected values come from the Kubernetes documentation,
 * not from the importer.
 */
class KubernetesDefaultsTest {

    @TempDir Path dir;

    private static final String DEPLOYMENT_HEAD =
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
            """;

    private static final String HPA_HEAD =
            """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
            """;

    private static final String ONE_CONTAINER =
            """
              template:
                spec:
                  containers:
                    - name: app
                      image: web:1
                      resources: {requests: {cpu: 500m}}
            """;

    private Path file(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportedService read(String deploymentSpec, String hpaSpec) {
        Path deployment = file("deployment.yaml", DEPLOYMENT_HEAD + deploymentSpec);
        if (hpaSpec == null) {
            return KubernetesManifests.read(deployment);
        }
        return KubernetesManifests.read(deployment, file("hpa.yaml", HPA_HEAD + hpaSpec));
    }

    private static ServiceModel complete(ImportedService imported) {
        return imported.builder()
                .instanceType("m5.large")
                .capacityRps(10)
                .load(new LoadSpec.Constant(5))
                .build();
    }

    private List<String> problems(String deploymentSpec, String hpaSpec) {
        try {
            read(deploymentSpec, hpaSpec);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void deployment_withoutReplicas_runsOneReplicaAsTheApiDefault() {
        ServiceModel s = complete(read(ONE_CONTAINER, null));

        assertThat(List.of(s.initialReplicas(), s.minReplicas(), s.maxReplicas()))
                .containsExactly(1, 1, 1);
    }

    @Test
    void deployment_withoutStrategy_usesRollingUpdateQuarterSurgeQuarterUnavailable() {
        assertThat(complete(read(ONE_CONTAINER, null)).rollingUpdate())
                .isEqualTo(new RollingUpdate("25%", "25%"));
    }

    @Test
    void rollingUpdate_withOnlyMaxSurge_keepsTheDefaultMaxUnavailable() {
        String spec =
                """
                  strategy:
                    type: RollingUpdate
                    rollingUpdate: {maxSurge: 3}
                """
                        + ONE_CONTAINER;

        assertThat(complete(read(spec, null)).rollingUpdate())
                .isEqualTo(new RollingUpdate("3", "25%"));
    }

    @Test
    void rollingUpdate_underRecreate_isRejectedAsTheApiServerDoes() {
        String spec =
                """
                  strategy:
                    type: Recreate
                    rollingUpdate: {maxSurge: 1}
                """
                        + ONE_CONTAINER;

        assertThat(problems(spec, null))
                .containsExactly(
                        "Deployment.spec.strategy.rollingUpdate: must not be set when"
                                + " strategy.type is Recreate");
    }

    @Test
    void cpuRequests_ofSeveralContainers_addUpToThePodsRequest() {
        String spec =
                """
                  template:
                    spec:
                      containers:
                        - {name: app, resources: {requests: {cpu: 1500m}}}
                        - {name: proxy, resources: {requests: {cpu: "0.25"}}}
                        - {name: agent, resources: {requests: {cpu: 2}}}
                """;

        assertThat(complete(read(spec, null)).cpuRequest()).isCloseTo(3.75, within(1e-12));
    }

    @Test
    void cpuRequest_missingWithLimit_defaultsToTheLimit() {
        String spec =
                """
                  template:
                    spec:
                      containers:
                        - {name: app, resources: {limits: {cpu: 750m}}}
                """;
        ImportedService imported = read(spec, null);

        assertThat(complete(imported).cpuRequest()).isCloseTo(0.75, within(1e-12));
        assertThat(imported.warnings())
                .containsExactly(
                        "Deployment.spec.template.spec.containers[0].resources.limits.cpu: CPU"
                                + " throttling at the limit is not modelled");
    }

    @Test
    void cpuUtilizationHpa_withAContainerWithoutRequest_isRejectedAsTheControllerCannotCompute() {
        String spec =
                """
                  template:
                    spec:
                      containers:
                        - {name: app, resources: {requests: {cpu: 500m}}}
                        - {name: sidecar}
                """;
        String hpa =
                """
                  maxReplicas: 5
                """;

        assertThat(problems(spec, hpa))
                .containsExactly(
                        "Deployment.spec.template.spec.containers[1].resources.requests.cpu:"
                                + " required because the HPA scales on cpu Utilization, missing");
    }

    @Test
    void readinessProbe_defaults_makeReadinessOnePeriodAfterStart() {
        String spec =
                """
                  template:
                    spec:
                      containers:
                        - name: app
                          resources: {requests: {cpu: 1}}
                          readinessProbe: {httpGet: {path: /, port: 80}}
                """;

        // initialDelaySeconds 0, periodSeconds 10, successThreshold 1: the first passing probe
        // comes at an unknown phase within the first period.
        assertThat(complete(read(spec, null)).readiness())
                .isEqualTo(new Distribution.Uniform(0, 10));
    }

    @Test
    void readinessProbe_withSuccessThreshold_waitsForThatManyPeriods() {
        String spec =
                """
                  template:
                    spec:
                      containers:
                        - name: app
                          resources: {requests: {cpu: 1}}
                          readinessProbe:
                            initialDelaySeconds: 5
                            periodSeconds: 2
                            successThreshold: 3
                """;

        // first probe in [5, 7), then two more successes 2 s apart: ready in [9, 11)
        assertThat(complete(read(spec, null)).readiness())
                .isEqualTo(new Distribution.Uniform(9, 11));
    }

    @Test
    void readinessProbes_ofSeveralContainers_waitForTheSlowest() {
        String spec =
                """
                  template:
                    spec:
                      containers:
                        - name: app
                          resources: {requests: {cpu: 1}}
                          readinessProbe: {initialDelaySeconds: 20, periodSeconds: 5}
                        - name: proxy
                          resources: {requests: {cpu: 1}}
                          readinessProbe: {initialDelaySeconds: 2, periodSeconds: 30}
                """;

        assertThat(complete(read(spec, null)).readiness())
                .isEqualTo(new Distribution.Uniform(20, 32));
    }

    @Test
    void readinessProbe_withZeroPeriod_isRejectedWithTheValues() {
        String spec =
                """
                  template:
                    spec:
                      containers:
                        - name: app
                          resources: {requests: {cpu: 1}}
                          readinessProbe: {periodSeconds: 0}
                """;

        assertThat(problems(spec, null))
                .containsExactly(
                        "Deployment.spec.template.spec.containers[0].readinessProbe: needs"
                                + " initialDelaySeconds >= 0, periodSeconds >= 1 and"
                                + " successThreshold >= 1, was 0, 0, 1");
    }

    @Test
    void hpa_withOnlyMaxReplicas_getsMinOneAndEightyPercentCpu() {
        HpaSpec hpa =
                complete(read(ONE_CONTAINER, "  maxReplicas: 7\n")).autoscaler().orElseThrow();

        assertThat(hpa.minReplicas()).isEqualTo(1);
        assertThat(hpa.maxReplicas()).isEqualTo(7);
        assertThat(hpa.metrics()).containsExactly(MetricSpec.cpuUtilization(80));
        assertThat(hpa.behavior()).isEmpty();
    }

    @Test
    void hpa_withoutMaxReplicas_isRejected() {
        assertThat(problems(ONE_CONTAINER, "  minReplicas: 2\n"))
                .singleElement()
                .asString()
                .startsWith("HorizontalPodAutoscaler.spec.maxReplicas");
    }

    @Test
    void deploymentReplicas_aboveHpaMax_startAtMaxAsTheFirstSyncWouldSet() {
        String spec = "  replicas: 12\n" + ONE_CONTAINER;
        ImportedService imported = read(spec, "  minReplicas: 2\n  maxReplicas: 6\n");

        assertThat(complete(imported).initialReplicas()).isEqualTo(6);
        assertThat(imported.warnings())
                .containsExactly(
                        "Deployment.spec.replicas: 12 is outside the HPA's bounds; the run starts"
                                + " at 6 as the HPA's first sync would set it");
    }

    @Test
    void deploymentWithoutReplicas_belowHpaMin_startsAtMinWithoutWarning() {
        ImportedService imported = read(ONE_CONTAINER, "  minReplicas: 3\n  maxReplicas: 6\n");

        assertThat(complete(imported).initialReplicas()).isEqualTo(3);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void behavior_withOnlyScaleDownWindow_fillsEveryOtherPartWithUpstreamDefaults() {
        String hpa =
                """
                  maxReplicas: 5
                  behavior:
                    scaleDown: {stabilizationWindowSeconds: 60}
                """;
        HpaSpec spec = complete(read(ONE_CONTAINER, hpa)).autoscaler().orElseThrow();

        ScalingRules up = spec.behavior().orElseThrow().scaleUp();
        ScalingRules down = spec.behavior().orElseThrow().scaleDown();
        // autoscaling/v2 reference: scale up without window, the larger of 100 % and 4 pods per
        // 15 s; scale down 100 % per 15 s.
        assertThat(up.stabilizationWindowSeconds()).isZero();
        assertThat(up.selectPolicy()).isEqualTo(SelectPolicy.MAX);
        assertThat(up.policies())
                .containsExactlyInAnyOrder(
                        new ScalingPolicy(PolicyType.PERCENT, 100, 15),
                        new ScalingPolicy(PolicyType.PODS, 4, 15));
        assertThat(down.stabilizationWindowSeconds()).isEqualTo(60);
        assertThat(down.selectPolicy()).isEqualTo(SelectPolicy.MAX);
        assertThat(down.policies()).containsExactly(new ScalingPolicy(PolicyType.PERCENT, 100, 15));
    }

    @Test
    void metricTargets_withQuantities_areReadAsNumbers() {
        String hpa =
                """
                  maxReplicas: 5
                  metrics:
                    - type: Pods
                      pods:
                        metric: {name: inflight}
                        target: {type: AverageValue, averageValue: 500m}
                    - type: External
                      external:
                        metric: {name: queue_depth}
                        target: {type: Value, value: 2k}
                """;
        HpaSpec spec = complete(read(ONE_CONTAINER, hpa)).autoscaler().orElseThrow();

        assertThat(spec.metrics())
                .containsExactly(
                        new MetricSpec(
                                MetricSource.PODS, "inflight", TargetType.AVERAGE_VALUE, 0.5),
                        new MetricSpec(
                                MetricSource.EXTERNAL, "queue_depth", TargetType.VALUE, 2000));
    }

    @Test
    void utilizationTarget_onPodsMetric_isRejectedAsTheApiServerDoes() {
        String hpa =
                """
                  maxReplicas: 5
                  metrics:
                    - type: Pods
                      pods:
                        metric: {name: inflight}
                        target: {type: Utilization, averageUtilization: 50}
                """;

        assertThat(problems(ONE_CONTAINER, hpa))
                .containsExactly(
                        "HorizontalPodAutoscaler.spec.metrics[0].pods.target.type: Utilization is"
                                + " not allowed for Pods metrics");
    }

    @Test
    void emptyMetricsList_isRejected() {
        assertThat(problems(ONE_CONTAINER, "  maxReplicas: 5\n  metrics: []\n"))
                .containsExactly(
                        "HorizontalPodAutoscaler.spec.metrics: must hold at least one metric,"
                                + " was empty");
    }

    @Test
    void resourceMetric_otherThanCpuOrMemory_isRejectedWithTheName() {
        String hpa =
                """
                  maxReplicas: 5
                  metrics:
                    - type: Resource
                      resource:
                        name: nvidia.com/gpu
                        target: {type: Utilization, averageUtilization: 50}
                """;

        assertThat(problems(ONE_CONTAINER, hpa))
                .containsExactly(
                        "HorizontalPodAutoscaler.spec.metrics[0].resource.name: expected cpu or"
                                + " memory, was \"nvidia.com/gpu\"");
    }

    @Test
    void utilizationTarget_withoutItsValue_namesTheMissingKey() {
        String hpa =
                """
                  maxReplicas: 5
                  metrics:
                    - type: Resource
                      resource:
                        name: cpu
                        target: {type: Utilization, averageValue: 300m}
                """;

        assertThat(problems(ONE_CONTAINER, hpa))
                .containsExactly(
                        "HorizontalPodAutoscaler.spec.metrics[0].resource.target"
                                + ".averageUtilization: required for target type Utilization,"
                                + " missing");
    }

    @Test
    void twoDeployments_areRejectedAsAmbiguous() {
        Path both =
                file(
                        "both.yaml",
                        DEPLOYMENT_HEAD
                                + ONE_CONTAINER
                                + "---\n"
                                + DEPLOYMENT_HEAD
                                + ONE_CONTAINER);

        assertThatThrownBy(() -> KubernetesManifests.read(both))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected at most one Deployment, found 2");
    }
}
