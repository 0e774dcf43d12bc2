package io.devopssim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.load.GapPolicy;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.TraceOptions;
import io.devopssim.core.load.TraceOptions.ValueUnit;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private static Path resource(String name) {
        try {
            return Path.of(
                    Objects.requireNonNull(
                                    ScenarioReaderTest.class.getResource("/scenario/" + name))
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problems(String name) {
        try {
            ScenarioReader.read(resource(name));
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void read_fullYaml_readsModelAndSettings() {
        Scenario scenario = ScenarioReader.read(resource("full.yaml"));
        ClusterModel m = scenario.model();

        assertThat(scenario.baseDirectory()).isEqualTo(resource("full.yaml").getParent());
        assertThat(List.of(m.name(), m.provider(), m.region()))
                .containsExactly("nasa-web", "aws", "us-east-1");
        assertThat(m.run()).isEqualTo(new RunSettings(42, OptionalDouble.of(7 * 86400.0), 15));
        assertThat(m.slo()).isEqualTo(new Slo(0.5, 0.99, 0.999));
        assertThat(scenario.warnings()).isEmpty();
    }

    @Test
    void read_fullYaml_readsEveryServiceField() {
        ServiceModel web = ScenarioReader.read(resource("full.yaml")).model().services().get(0);

        assertThat(web.pricePerHour()).hasValue(0.096);
        assertThat(web.cpuRequest()).isEqualTo(0.5);
        assertThat(web.cpuIdle()).isCloseTo(0.05, within(1e-12));
        assertThat(web.cpuAtCapacity()).isCloseTo(0.45, within(1e-12));
        assertThat(List.of(web.capacityRps(), web.requestTimeoutSeconds()))
                .containsExactly(20.0, 30.0);
        assertThat(web.concurrency()).isEqualTo(8);
        assertThat(List.of(web.minReplicas(), web.maxReplicas(), web.initialReplicas()))
                .containsExactly(2, 50, 3);
        assertThat(web.startup()).isEqualTo(new Distribution.LogNormal(40, 90));
        assertThat(web.readiness()).isEqualTo(new Distribution.Fixed(10));
        assertThat(web.load())
                .isEqualTo(
                        new LoadSpec.Trace(
                                "nasa.csv",
                                new TraceOptions(
                                        "minute",
                                        "count",
                                        "yyyy-MM-dd HH:mm:ss",
                                        ZoneId.of("-04:00"),
                                        Duration.ofMinutes(1),
                                        ValueUnit.COUNT_PER_INTERVAL,
                                        GapPolicy.MISSING,
                                        1.5,
                                        2)));
        assertThat(web.autoscaler())
                .contains(
                        new HpaSpec(
                                2,
                                50,
                                List.of(MetricSpec.cpuUtilization(60)),
                                Optional.empty(),
                                HpaSpec.ControllerSettings.upstreamDefaults()));
    }

    @Test
    void read_serviceFromKubernetesManifests_combinesManifestAndScenario() {
        ServiceModel php = ScenarioReader.read(resource("full.yaml")).model().services().get(1);

        assertThat(php.name()).isEqualTo("php-apache");
        assertThat(List.of(php.minReplicas(), php.maxReplicas(), php.initialReplicas()))
                .containsExactly(1, 10, 2);
        assertThat(php.cpuRequest()).isCloseTo(0.25, within(1e-12));
        assertThat(php.instanceType()).isEqualTo("t3.medium");
        assertThat(php.load()).isEqualTo(new LoadSpec.Diurnal(100, 0.5, 14));
    }

    @Test
    void read_fullJson_readsDurationsAsTextOrSeconds() {
        ServiceModel api = ScenarioReader.read(resource("full.json")).model().services().get(0);

        assertThat(api.cpuRequest()).isEqualTo(0.25);
        assertThat(List.of(api.minReplicas(), api.maxReplicas(), api.initialReplicas()))
                .containsExactly(4, 4, 4);
        assertThat(api.startup()).isEqualTo(new Distribution.Uniform(20, 90));
    }

    @Test
    void read_yamlWithSeveralProblems_reportsAllWithFilePaths() {
        assertThat(problems("problems.yaml"))
                .containsExactly(
                        "run.step: expected a duration such as 500ms, 30s, 5m, 2h, 7d or a number"
                                + " of seconds, was \"15x\"",
                        "services[0].concurrency: expected a whole number, was \"eight\"",
                        "services[0].capasityRps: unknown key; did you mean \"capacityRps\"?",
                        "services[0].capacityRps: required, was not set",
                        "services[0].replicas.max: must be >= minReplicas (3), was 2",
                        "services[1].instanceType: required, was not set",
                        "services[1].capacityRps: required, was not set");
    }

    @Test
    void read_jsonWithWrongTypesAndUnknownVariant_reportsEachOnce() {
        assertThat(problems("problems.json"))
                .containsExactly(
                        "services[0].capacityRps: expected a number, was \"20\"",
                        "services[0].requestTimeout: expected a duration such as 500ms, 30s, 5m,"
                                + " 2h, 7d or a number of seconds, was \"30 seconds\"",
                        "services[0].load.constnat: unknown key; did you mean \"constant\"?");
    }

    @Test
    void read_yamlSyntaxError_reportsLineAndColumn() {
        List<String> problems = problems("syntax.yaml");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("line 5, column 9: while parsing a flow mapping");
    }

    @Test
    void read_scenarioRepeatsManifestFields_reportsConflicts() {
        assertThat(problems("conflict.yaml"))
                .containsExactly(
                        "services[0].name: must equal the Deployment's name \"php-apache\" or be"
                                + " left out, was \"other\"",
                        "services[0].replicas: is defined by the Kubernetes manifests; remove it"
                                + " here or there",
                        "services[0].cpu.request: is defined by the Kubernetes manifests; remove"
                                + " it here or there");
    }
}
