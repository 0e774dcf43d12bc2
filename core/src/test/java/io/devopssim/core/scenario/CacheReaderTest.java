package io.devopssim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.datatier.cache.CacheNode;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.datatier.cache.RedisCacheSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheReaderTest {

    private static final String HEAD =
            "name: two\nprovider: aws\nregion: us-east-1\nrun: {duration: 1h}\nservices:\n"
                    + "  - name: web\n    instanceType: m5.large\n    capacityRps: 10\n"
                    + "    load: {constant: 100}\n"
                    + "    placements:\n"
                    + "      - {provider: aws, region: us-east-1, zones: [use1-az1, use1-az2,"
                    + " use1-az3], replicas: {min: 2, max: 20}}\n"
                    + "      - {provider: gcp, region: us-central1, zones: [us-central1-a],"
                    + " instanceType: n2-standard-2, replicas: {min: 1, max: 20}}\n"
                    + "traffic:\n  policy: latency\n  sources:\n"
                    + "    - {name: east, share: 1, location: {latitude: 40.7, longitude: -74}}\n";
    private static final String MINIMAL =
            "cache:\n"
                    + "  master: {name: redis-1, region: us-east-1, zone: use1-az1}\n"
                    + "  sentinels: [{name: s1, zone: use1-az1}, {name: s2, zone: use1-az2},"
                    + " {name: s3, zone: use1-az3}]\n"
                    + "  keys: 1000000\n"
                    + "  capacityKeys: 200000\n";

    @TempDir Path tmp;

    private Scenario read(String text) throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, text);
        return ScenarioReader.read(file);
    }

    private List<Problem> problems(String text) throws IOException {
        try {
            read(text);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void read_fullSection_fillsTheCache() throws IOException {
        String text =
                HEAD
                        + "cache:\n"
                        + "  name: sessions\n"
                        + "  master: {name: redis-1, region: us-east-1, zone: use1-az1}\n"
                        + "  replicas:\n"
                        + "    - {name: redis-2, region: us-east-1, zone: use1-az2, priority: 10,"
                        + " warm: false}\n"
                        + "    - {name: redis-3, region: us-central1, zone: us-central1-a}\n"
                        + "  sentinels: [{name: s1, zone: use1-az1, pingPhase: 250ms},"
                        + " {name: s2, zone: use1-az2},"
                        + " {name: s3, region: us-central1, zone: us-central1-a}]\n"
                        + "  quorum: 3\n  downAfter: 10s\n  failoverTimeout: 1m\n"
                        + "  promotion: 2s\n  keys: 1000000\n  zipfExponent: 0.8\n"
                        + "  capacityKeys: 200000\n  readsPerRequest: 2\n"
                        + "  databaseReadCapacity: 3000\n  fallbackToDatabase: false\n"
                        + "  services: [web]\n";

        CacheSection c = read(text).cache().orElseThrow();

        RedisCacheSpec spec = c.spec();
        assertThat(spec.name()).isEqualTo("sessions");
        assertThat(spec.master()).isEqualTo("redis-1");
        assertThat(spec.replicas().get(0).replicaPriority()).isEqualTo(10);
        assertThat(spec.replicas().get(0).warm()).isFalse();
        assertThat(spec.replicas().get(1).replicaPriority()).isEqualTo(100);
        assertThat(spec.replicas().get(1).warm()).isTrue();
        assertThat(spec.sentinels().get(0).pingPhaseSeconds().getAsDouble()).isEqualTo(0.25);
        assertThat(spec.quorum()).isEqualTo(3);
        assertThat(spec.downAfterMillis()).isEqualTo(10_000);
        assertThat(spec.failoverTimeoutMillis()).isEqualTo(60_000);
        assertThat(spec.promotionSeconds()).isEqualTo(2);
        assertThat(spec.popularity().keys()).isEqualTo(1_000_000);
        assertThat(spec.popularity().exponent()).isEqualTo(0.8);
        assertThat(spec.capacityKeys()).isEqualTo(200_000);
        assertThat(spec.fallbackToDatabase()).isFalse();
        assertThat(c.readsPerRequest()).isEqualTo(2);
        assertThat(c.databaseReadCapacity()).isEqualTo(3000);
        assertThat(c.services()).containsExactly("web");
        assertThat(c.nodes())
                .containsExactly(
                        new CacheNode("redis-1", "us-east-1", "use1-az1"),
                        new CacheNode("redis-2", "us-east-1", "use1-az2"),
                        new CacheNode("redis-3", "us-central1", "us-central1-a"),
                        new CacheNode("s1", "us-east-1", "use1-az1"),
                        new CacheNode("s2", "us-east-1", "use1-az2"),
                        new CacheNode("s3", "us-central1", "us-central1-a"));
    }

    @Test
    void read_minimalSection_takesRedisDefaults() throws IOException {
        CacheSection c = read(HEAD + MINIMAL).cache().orElseThrow();

        RedisCacheSpec spec = c.spec();
        assertThat(spec.name()).isEqualTo("cache");
        assertThat(spec.quorum()).isEqualTo(2);
        assertThat(spec.downAfterMillis()).isEqualTo(30_000);
        assertThat(spec.failoverTimeoutMillis()).isEqualTo(180_000);
        assertThat(spec.promotionSeconds()).isEqualTo(1);
        assertThat(spec.popularity().exponent()).isEqualTo(0.99);
        assertThat(spec.fallbackToDatabase()).isTrue();
        assertThat(spec.replicas()).isEmpty();
        assertThat(c.readsPerRequest()).isEqualTo(1);
        assertThat(c.databaseReadCapacity()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(c.usedBy("web")).isTrue();
        assertThat(c.nodes().get(2).region()).isEqualTo("us-east-1");
    }

    @Test
    void read_noCacheSection_isEmpty() throws IOException {
        assertThat(read(HEAD).cache()).isEmpty();
    }

    @Test
    void read_badValues_reportsEveryProblemAtOnceUnderCache() throws IOException {
        String text =
                HEAD
                        + "cache:\n"
                        + "  master: {name: redis-1, region: us-east-1}\n"
                        + "  replicas: [{name: s1, region: us-east-1, zone: use1-az2,"
                        + " priority: -1, warm: maybe}]\n"
                        + "  sentinels: [{name: s1, zone: use1-az1}, {name: s2, zone: use1-az2}]\n"
                        + "  quorum: 5\n  dowAfter: 10s\n  failoverTimeout: 2d\n"
                        + "  keys: 1.5\n  zipfExponent: -1\n  capacityKeys: 0.5\n"
                        + "  readsPerRequest: -2\n  databaseReadCapacity: 0\n";

        List<Problem> problems = problems(text);

        assertThat(problems)
                .extracting(Problem::path)
                .contains(
                        "cache.master.zone",
                        "cache.replicas[0].warm",
                        "cache.replicas[0].priority",
                        "cache.sentinels[0].name",
                        "cache.quorum",
                        "cache.dowAfter",
                        "cache.failoverTimeout",
                        "cache.keys",
                        "cache.zipfExponent",
                        "cache.capacityKeys",
                        "cache.readsPerRequest",
                        "cache.databaseReadCapacity");
        assertThat(problems).allSatisfy(p -> assertThat(p.path()).startsWith("cache."));
        assertThat(message(problems, "cache.dowAfter")).contains("did you mean \"downAfter\"");
        assertThat(message(problems, "cache.keys")).contains("whole number").contains("1.5");
        assertThat(message(problems, "cache.failoverTimeout")).contains("172800");
        assertThat(message(problems, "cache.quorum")).contains("[1, 2]").contains("was 5");
        assertThat(message(problems, "cache.sentinels[0].name")).contains("duplicate name \"s1\"");
    }

    @Test
    void read_nanInTheCache_refusedWithItsLine() throws IOException {
        List<Problem> problems = problems(HEAD + MINIMAL + "  readsPerRequest: .nan\n");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).startsWith("line 22,");
        assertThat(problems.get(0).message()).contains("NaN and infinity are not accepted");
    }

    @Test
    void read_hugeDownAfter_takenAsSecondsAndRefused() throws IOException {
        List<Problem> problems = problems(HEAD + MINIMAL + "  downAfter: 30000\n");

        assertThat(problems).extracting(Problem::path).containsExactly("cache.downAfter");
        assertThat(problems.get(0).message()).contains("up to 3600 s").contains("was 30000");
    }

    @Test
    void read_noSentinels_oneProblemNotAQuorumOne() throws IOException {
        String text =
                HEAD
                        + "cache:\n  master: {name: redis-1, region: us-east-1, zone: use1-az1}\n"
                        + "  keys: 1000\n  capacityKeys: 100\n";

        assertThat(problems(text)).extracting(Problem::path).containsExactly("cache.sentinels");
    }

    @Test
    void read_onlyUnknownServices_reportsThemWithoutAProblemPerProcess() throws IOException {
        String text =
                HEAD
                        + "cache:\n"
                        + "  master: {name: redis-1, region: us-east-1, zone: use1-az1}\n"
                        + "  sentinels: [{name: s1, zone: use1-az2}]\n"
                        + "  keys: 1000\n  capacityKeys: 100\n  services: [wbe]\n";

        assertThat(problems(text)).extracting(Problem::path).containsExactly("cache.services[0]");
    }

    @Test
    void read_processesOutsideThePlacements_reportedWithTheirPaths() throws IOException {
        String text =
                HEAD
                        + "cache:\n"
                        + "  master: {name: redis-1, region: eu-west-1, zone: euw1-az1}\n"
                        + "  replicas: [{name: redis-2, region: us-east-1, zone: use1-az9}]\n"
                        + "  sentinels: [{name: s1, zone: us-central1-a}]\n"
                        + "  keys: 1000\n  capacityKeys: 100\n  services: [web, wbe]\n";

        List<Problem> problems = problems(text);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactly(
                        "cache.services[1]",
                        "cache.master.region",
                        "cache.replicas[0].zone",
                        "cache.sentinels[0].region");
        assertThat(problems.get(0).message()).contains("did you mean \"web\"");
        assertThat(problems.get(1).message())
                .contains("[us-east-1, us-central1]")
                .contains("\"eu-west-1\"");
        assertThat(problems.get(2).message())
                .contains("[use1-az1, use1-az2, use1-az3]")
                .contains("\"use1-az9\"");
    }

    @Test
    void read_sentinelInAnotherRegionsZone_needsItsRegion() throws IOException {
        String text =
                HEAD
                        + MINIMAL.replace(
                                "{name: s3, zone: use1-az3}", "{name: s3, zone: us-central1-a}");

        List<Problem> problems = problems(text);

        assertThat(problems).extracting(Problem::path).containsExactly("cache.sentinels[2].zone");
        assertThat(problems.get(0).message()).contains("expected a zone of us-east-1");
    }

    private static String message(List<Problem> problems, String path) {
        return problems.stream()
                .filter(p -> p.path().equals(path))
                .map(Problem::message)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + ": " + problems));
    }
}
