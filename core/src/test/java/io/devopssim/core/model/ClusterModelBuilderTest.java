package io.devopssim.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.load.LoadSpec;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ClusterModelBuilderTest {

    private static ServiceModel.Builder service(String name) {
        return ServiceModel.builder(name)
                .instanceType("m5.large")
                .capacityRps(20)
                .load(new LoadSpec.Constant(10));
    }

    private static List<String> problems(ClusterModel.Builder b) {
        return b.validate().stream().map(Problem::toString).toList();
    }

    @Test
    void build_validModel_keepsServicesInOrderAndDefaults() {
        ClusterModel m =
                ClusterModel.builder()
                        .name("shop")
                        .provider("aws")
                        .region("us-east-1")
                        .service(service("web"))
                        .service(service("api").build())
                        .build();

        assertThat(m.services()).extracting(ServiceModel::name).containsExactly("web", "api");
        assertThat(m.slo()).isEqualTo(Slo.defaults());
        assertThat(m.run()).isEqualTo(RunSettings.defaults());
    }

    @Test
    void unchecked_invalidValues_keptAsSetNextToTheProblems() {
        ClusterModel.Builder b =
                ClusterModel.builder()
                        .provider("aws")
                        .service(service("web").capacityRps(-1).instanceType("m5.huge"));

        ClusterModel draft = b.unchecked();

        assertThat(draft.name()).isNull();
        assertThat(draft.provider()).isEqualTo("aws");
        assertThat(draft.services().get(0).capacityRps()).isEqualTo(-1);
        assertThat(draft.services().get(0).instanceType()).isEqualTo("m5.huge");
        assertThat(problems(b)).contains("services[0].capacityRps: must be > 0, was -1");
    }

    @Test
    void validate_emptyBuilder_reportsRequiredValues() {
        assertThat(problems(ClusterModel.builder()))
                .containsExactly(
                        "name: required, was not set",
                        "provider: required, was not set",
                        "region: required, was not set",
                        "services: must hold at least one service, was empty");
    }

    @Test
    void validate_problemsInSeveralServices_reportsAllWithIndexedPaths() {
        ClusterModel.Builder b =
                ClusterModel.builder()
                        .name("shop")
                        .provider("aws")
                        .region(" ")
                        .service(service("web"))
                        .service(service("api").minReplicas(3).maxReplicas(2))
                        .service(service("web").capacityRps(-1));

        assertThat(problems(b))
                .containsExactly(
                        "region: must not be blank, was \" \"",
                        "services[1].maxReplicas: must be >= minReplicas (3), was 2",
                        "services[2].capacityRps: must be > 0, was -1",
                        "services[2].name: must be unique, was \"web\" as in services[0]");
    }

    @Test
    void validate_badSloAndRun_reported() {
        ClusterModel.Builder b =
                ClusterModel.builder()
                        .name("shop")
                        .provider("aws")
                        .region("us-east-1")
                        .service(service("web"))
                        .slo(new Slo(0, 1.5, 0))
                        .run(new RunSettings(1, OptionalDouble.of(-1), 0));

        assertThat(problems(b))
                .containsExactly(
                        "slo.latencyThresholdSeconds: must be > 0, was 0",
                        "slo.latencyTarget: must be in (0, 1], was 1.5",
                        "slo.availabilityTarget: must be in (0, 1], was 0",
                        "run.stepSeconds: must be > 0, was 0",
                        "run.durationSeconds: must be > 0, was -1");
    }
}
