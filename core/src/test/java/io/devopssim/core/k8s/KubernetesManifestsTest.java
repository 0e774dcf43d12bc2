package io.devopssim.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RollingUpdate;
import io.devopssim.core.model.ServiceModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class KubernetesManifestsTest {

    private static Path resource(String name) {
        try {
            return Path.of(
                    Objects.requireNonNull(
                                    KubernetesManifestsTest.class.getResource("/k8s/" + name))
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServiceModel complete(ImportedService imported) {
        return imported.builder()
                .instanceType("m5.large")
                .capacityRps(10)
                .load(new LoadSpec.Constant(5))
                .build();
    }

    private static List<String> problems(String... files) {
        try {
            KubernetesManifests.read(List.of(files).stream().map(f -> resource(f)).toList());
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void read_phpApacheWithBehavior_mapsEveryField() {
        ImportedService imported =
                KubernetesManifests.read(
                        resource("php-apache-deployment.yaml"), resource("php-apache-hpa.yaml"));
        ServiceModel s = complete(imported);

        assertThat(imported.warnings()).isEmpty();
        assertThat(s.name()).isEqualTo("php-apache");
        assertThat(s.initialReplicas()).isEqualTo(2);
        assertThat(s.minReplicas()).isEqualTo(1);
        assertThat(s.maxReplicas()).isEqualTo(10);
        assertThat(s.cpuRequest()).isCloseTo(0.25, within(1e-12));
        assertThat(s.readiness()).isEqualTo(new Distribution.Uniform(15, 25));
        assertThat(s.rollingUpdate()).isEqualTo(new RollingUpdate("1", "0"));
        assertThat(s.autoscaler().orElseThrow().metrics())
                .containsExactly(MetricSpec.cpuUtilization(50));
    }

    @Test
    void read_behaviorWithPercentAndPodsPolicies_fillsOmittedPartsWithUpstreamDefaults() {
        HpaSpec hpa =
                complete(
                                KubernetesManifests.read(
                                        resource("php-apache-deployment.yaml"),
                                        resource("php-apache-hpa.yaml")))
                        .autoscaler()
                        .orElseThrow();

        HpaBehavior expected =
                new HpaBehavior(
                        new ScalingRules(
                                0,
                                SelectPolicy.MIN,
                                List.of(
                                        new ScalingPolicy(PolicyType.PODS, 2, 30),
                                        new ScalingPolicy(PolicyType.PERCENT, 200, 30))),
                        new ScalingRules(
                                120,
                                SelectPolicy.MAX,
                                List.of(new ScalingPolicy(PolicyType.PERCENT, 50, 60))));
        assertThat(hpa.behavior()).contains(expected);
    }

    @Test
    void read_multiDocumentWithPodsAndExternalMetrics_importsMetricsAndWarns() {
        ImportedService imported = KubernetesManifests.read(resource("web-all.yaml"));
        ServiceModel s = complete(imported);
        HpaSpec hpa = s.autoscaler().orElseThrow();

        assertThat(hpa.metrics())
                .containsExactly(
                        new MetricSpec(
                                MetricSource.PODS,
                                "http_requests_per_second",
                                TargetType.AVERAGE_VALUE,
                                1.5),
                        new MetricSpec(
                                MetricSource.EXTERNAL,
                                "queue_messages_ready",
                                TargetType.VALUE,
                                30),
                        new MetricSpec(
                                MetricSource.RESOURCE,
                                "memory",
                                TargetType.AVERAGE_VALUE,
                                500.0 * 1024 * 1024));
        assertThat(hpa.behavior()).isEmpty();
        assertThat(s.initialReplicas()).isEqualTo(3);
        assertThat(s.cpuRequest()).isEqualTo(1.0);
        assertThat(s.readiness()).isEqualTo(new Distribution.Fixed(0));
        assertThat(imported.warnings())
                .containsExactly(
                        "skipped Service web: only Deployment and HorizontalPodAutoscaler are"
                                + " imported",
                        "Deployment.spec.template.spec.containers[0].resources.limits.cpu: CPU"
                                + " throttling at the limit is not modelled");
    }

    @Test
    void read_deploymentWithoutHpa_givesFixedFleet() {
        ImportedService imported = KubernetesManifests.read(resource("php-apache-deployment.yaml"));
        ServiceModel s = complete(imported);

        assertThat(s.autoscaler()).isEmpty();
        assertThat(List.of(s.minReplicas(), s.maxReplicas(), s.initialReplicas()))
                .containsExactly(2, 2, 2);
        assertThat(imported.definedFields()).doesNotContain("autoscaler").contains("cpuRequest");
    }

    @Test
    void read_recreateAndInitContainers_approximatesAndWarns() {
        ImportedService imported = KubernetesManifests.read(resource("recreate-deployment.yaml"));
        ServiceModel s = complete(imported);

        assertThat(s.rollingUpdate()).isEqualTo(new RollingUpdate("0", "100%"));
        assertThat(s.initialReplicas()).isEqualTo(4);
        assertThat(s.cpuRequest()).isEqualTo(0.5);
        assertThat(imported.warnings())
                .containsExactly(
                        "Deployment.spec.strategy.type: Recreate is approximated as a rolling"
                                + " update with maxSurge 0 and maxUnavailable 100%",
                        "Deployment.spec.template.spec.initContainers: are not run; include their"
                                + " time in startup",
                        "Deployment: no container requests cpu; the CPU request stays at the"
                                + " builder's default");
    }

    @Test
    void read_unknownFields_reportsEachPathWithSuggestion() {
        assertThat(problems("unknown-field-deployment.yaml"))
                .containsExactly(
                        "Deployment.spec.template.spec.containers[0].resources.requests.cpus:"
                                + " unknown key; did you mean \"cpu\"?",
                        "Deployment.spec.replica: unknown key; did you mean \"replicas\"?");
    }

    @Test
    void read_objectMetric_reportedAsNotModelled() {
        assertThat(problems("php-apache-deployment.yaml", "object-metric-hpa.yaml"))
                .containsExactly(
                        "HorizontalPodAutoscaler.spec.metrics[0].type: Object metrics are not"
                                + " modelled; use Resource, Pods or External, was \"Object\"");
    }

    @Test
    void read_scaleTargetRefNamesOtherDeployment_reported() {
        assertThat(problems("php-apache-deployment.yaml", "mismatched-hpa.yaml"))
                .containsExactly(
                        "HorizontalPodAutoscaler.spec.scaleTargetRef.name: must name the"
                                + " Deployment \"php-apache\", was \"checkout\"");
    }

    @Test
    void read_autoscalingV1_reportedWithExpectedVersion() {
        assertThat(problems("php-apache-deployment.yaml", "v1-hpa.yaml"))
                .containsExactly(
                        "HorizontalPodAutoscaler.apiVersion: expected autoscaling/v2 (convert"
                                + " older versions first), was \"autoscaling/v1\"");
    }

    @Test
    void read_hpaWithoutDeployment_reported() {
        assertThat(problems("php-apache-hpa.yaml"))
                .containsExactly("expected one Deployment (apps/v1), found none");
    }

    @Test
    void read_yamlSyntaxError_reportsFileLineAndColumn() {
        List<String> problems = problems("broken.yaml");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("broken.yaml line 6, column ");
    }
}
