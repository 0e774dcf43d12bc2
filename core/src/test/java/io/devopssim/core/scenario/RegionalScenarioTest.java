package io.devopssim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Placement;
import io.devopssim.core.routing.RoutingPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionalScenarioTest {

    private static final String HEAD =
            "name: two\nprovider: aws\nregion: us-east-1\nrun: {duration: 1h}\nservices:\n"
                    + "  - name: web\n    instanceType: m5.large\n    capacityRps: 10\n"
                    + "    load: {constant: 100}\n";
    private static final String PLACEMENTS =
            "    placements:\n"
                    + "      - {provider: aws, region: us-east-1, zones: [us-east-1a, us-east-1b],"
                    + " replicas: {min: 2, max: 20, initial: 4}}\n"
                    + "      - {provider: gcp, region: europe-west1, replicas: {min: 1, max: 10},"
                    + " instanceType: n2-standard-2, weight: 2}\n";
    private static final String TRAFFIC =
            "traffic:\n  policy: anycast\n  sources:\n"
                    + "    - {name: america, share: 0.6, location: {latitude: 40.7, longitude:"
                    + " -74}, timeZone: America/New_York, diurnal: {amplitude: 0.3, peakLocalHour:"
                    + " 14}}\n"
                    + "    - {name: europe, share: 0.4, location: {latitude: 48.9, longitude:"
                    + " 2.35}}\n"
                    + "  healthCheck: {interval: 5s, failureThreshold: 2}\n"
                    + "  dns: {ttl: 30s, resolvers: 500, ttlIgnoringShare: 0.1, ttlIgnoredExtra:"
                    + " {fixed: 5m}}\n"
                    + "  anycast: {convergence: 8s}\n";
    private static final String FAILURES =
            "failures:\n  scheduled:\n"
                    + "    - {kind: region-outage, target: us-east-1, at: 30m, duration: 10m}\n"
                    + "  random:\n"
                    + "    - {kind: zone-outage, mtbf: 30d, repair: {fixed: 1h}, scope: {region:"
                    + " europe-west1}}\n"
                    + "  horizon: 1h\n";

    @TempDir Path tmp;

    private Path write(String text) throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, text);
        return file;
    }

    private List<Problem> problems(String text) throws IOException {
        Path file = write(text);
        try {
            ScenarioReader.read(file);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void read_placementsTrafficAndFailures_fillTheModel() throws IOException {
        ClusterModel model =
                ScenarioReader.read(write(HEAD + PLACEMENTS + TRAFFIC + FAILURES)).model();

        List<Placement> placements = model.services().get(0).placements();
        assertThat(placements).hasSize(2);
        assertThat(placements.get(0).zones()).containsExactly("us-east-1a", "us-east-1b");
        assertThat(placements.get(0).initialReplicas()).isEqualTo(4);
        assertThat(placements.get(1).initialReplicas()).isEqualTo(1);
        assertThat(placements.get(1).instanceType()).contains("n2-standard-2");
        assertThat(placements.get(1).weight()).isEqualTo(2);
        var traffic = model.traffic().orElseThrow();
        assertThat(traffic.policy()).isEqualTo(RoutingPolicy.ANYCAST);
        assertThat(traffic.sources()).hasSize(2);
        assertThat(traffic.sources().get(0).diurnal().amplitude()).isEqualTo(0.3);
        assertThat(traffic.healthCheck().orElseThrow().intervalSeconds()).isEqualTo(5);
        assertThat(traffic.healthCheck().orElseThrow().healthyThreshold()).isEqualTo(2);
        assertThat(traffic.dns().ttlSeconds()).isEqualTo(30);
        assertThat(traffic.dns().ttlIgnoredExtra().mean()).isEqualTo(300);
        assertThat(traffic.anycast().convergenceSeconds()).isEqualTo(8);
        var failures = model.failures().orElseThrow();
        assertThat(failures.scheduled().get(0).kind()).isEqualTo(FailureKind.REGION_OUTAGE);
        assertThat(failures.scheduled().get(0).atSeconds()).isEqualTo(1800);
        assertThat(failures.scheduled().get(0).durationSeconds()).isEqualTo(600);
        assertThat(failures.random().get(0).scope().orElseThrow().name()).isEqualTo("europe-west1");
        assertThat(failures.horizonSeconds().getAsDouble()).isEqualTo(3600);
    }

    @Test
    void read_badValuesInEveryNewSection_areAllReportedWithFilePaths() throws IOException {
        String placements =
                "    placements:\n"
                        + "      - {provider: aws, region: us-east-1, replicas: {min: 3, max: 2},"
                        + " zone: [a]}\n"
                        + "      - {region: europe-west1}\n";
        String traffic =
                "traffic:\n  policy: geodns\n  sources:\n"
                        + "    - {name: a, share: 0.7, location: {latitude: 95, longitude: 0}}\n"
                        + "    - {name: b, share: 0.2, location: {latitude: 0, longitude: 0},"
                        + " timeZone: Mars/Olympus}\n"
                        + "  dns: {ttl: -60s}\n"
                        + "  healthCheck: {interval: 30s, failureTreshold: 3}\n";
        String failures =
                "failures:\n  scheduled:\n    - {kind: meteor, target: us-east-1}\n"
                        + "  random:\n    - {kind: zone-outage, mtbf: 30d}\n";

        List<Problem> problems = problems(HEAD + placements + traffic + failures);

        assertThat(problems)
                .extracting(Problem::path)
                .contains(
                        "services[0].placements[0].zone",
                        "services[0].placements[1].provider",
                        "traffic.policy",
                        "traffic.sources[0].location",
                        "traffic.sources[1].timeZone",
                        "traffic.healthCheck.failureTreshold",
                        "failures.scheduled[0].kind",
                        "failures.scheduled[0].at",
                        "failures.random[0].repair");
        assertThat(problems.toString()).contains("did you mean").contains("failureThreshold");
        assertThat(problems.toString()).contains("longitude in [-180, 180], was 95, 0");
    }

    @Test
    void read_podCrashes_scheduledWithCountAndRandomWithoutRepair() throws IOException {
        String failures =
                "failures:\n"
                        + "  scheduled:\n"
                        + "    - {kind: pod-crash, target: web/us-east-1, at: 10m, count: 3}\n"
                        + "  random:\n"
                        + "    - {kind: pod-crash, mtbf: 7d, scope: {zone: us-east-1a}}\n";

        var read =
                ScenarioReader.read(write(HEAD + PLACEMENTS + TRAFFIC + failures))
                        .model()
                        .failures();

        var f = read.orElseThrow();
        assertThat(f.scheduled().get(0).count()).isEqualTo(3);
        assertThat(f.scheduled().get(0).target()).isEqualTo("web/us-east-1");
        assertThat(f.random().get(0).kind()).isEqualTo(FailureKind.POD_CRASH);
        assertThat(f.random().get(0).mtbfSeconds()).isEqualTo(7 * 86_400);
    }

    @Test
    void read_podCrashWithRepairOrDuration_isRefusedNamingTheKey() throws IOException {
        String failures =
                "failures:\n  scheduled:\n"
                        + "    - {kind: pod-crash, target: web/us-east-1, at: 10m, duration: 1m}\n"
                        + "  random:\n    - {kind: pod-crash, mtbf: 7d, repair: {fixed: 1m}}\n";

        List<Problem> problems = problems(HEAD + PLACEMENTS + TRAFFIC + failures);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "failures.scheduled[0].duration", "failures.random[0].repair");
        assertThat(problems.toString()).contains("startup and readiness");
    }

    @Test
    void read_sharesNotSummingToOneAndNegativeTtl_areNamedInFileTerms() throws IOException {
        String traffic =
                "traffic:\n  sources:\n"
                        + "    - {name: a, share: 0.5, location: {latitude: 1, longitude: 1}}\n"
                        + "  dns: {ttl: -60s}\n";

        List<Problem> problems = problems(HEAD + PLACEMENTS + traffic);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder("traffic.sources", "traffic.dns.ttl");
        assertThat(problems.toString()).contains("sum to 0.5");
    }
}
