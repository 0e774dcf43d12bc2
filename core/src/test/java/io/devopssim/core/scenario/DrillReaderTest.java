package io.devopssim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.drill.DatabaseSection;
import io.devopssim.core.drill.DrillSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillReaderTest {

    private static final String HEAD =
            "name: two\nprovider: aws\nregion: us-east-1\nrun: {duration: 1h}\nservices:\n"
                    + "  - name: web\n    instanceType: m5.large\n    capacityRps: 10\n"
                    + "    load: {constant: 100}\n";

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
    void read_databaseAndDrill_fillTheScenario() throws IOException {
        String text =
                HEAD
                        + "database:\n  name: orders\n  writeBytesPerRequest: 2Ki\n"
                        + "  writeRequestShare: 0.25\n  primary: b\n"
                        + "  patroni: {ttl: 40s, loopWait: 5s, maximumLagOnFailover: 2Mi,"
                        + " synchronousMode: true}\n"
                        + "  members:\n"
                        + "    - {name: a, region: us-east-1, zone: use1-az1, shippingDelay: 5ms}\n"
                        + "    - {name: b, region: us-east-1, zone: use1-az2, failoverPriority: 2,"
                        + " applyRate: 40Mi}\n"
                        + "  walArchive: {databaseSize: 10Gi, archiveTimeout: 30s, copyDelay: 1m}\n"
                        + "drill: {region: aws/us-east-1, at: busiest-hour, duration: 2h}\n";

        Scenario s = read(text);

        DatabaseSection db = s.database().orElseThrow();
        assertThat(db.writeBytesPerRequest()).isEqualTo(2048);
        assertThat(db.writeRequestShare()).isEqualTo(0.25);
        assertThat(db.cluster().name()).isEqualTo("orders");
        assertThat(db.cluster().initialPrimary()).isEqualTo("b");
        assertThat(db.cluster().patroni().ttlSeconds()).isEqualTo(40);
        assertThat(db.cluster().patroni().synchronousMode()).isTrue();
        assertThat(db.cluster().patroni().maximumLagOnFailoverBytes()).isEqualTo(2 << 20);
        assertThat(db.cluster().member("a").shippingDelaySeconds()).isEqualTo(0.005);
        assertThat(db.cluster().member("b").applyBytesPerSecond()).isEqualTo(40 << 20);
        assertThat(db.archive().databaseSizeBytes()).isEqualTo(10.0 * (1 << 30));
        assertThat(db.archive().archiveTimeoutSeconds()).isEqualTo(30);
        DrillSpec drill = s.drill().orElseThrow();
        assertThat(drill.location()).isEqualTo("aws/us-east-1");
        assertThat(drill.atBusiestHour()).isTrue();
        assertThat(drill.durationSeconds()).isEqualTo(7200);
        assertThat(drill.executePlan()).isTrue();
    }

    @Test
    void read_executePlanFalse_keepsTheHpaOnly() throws IOException {
        Scenario s = read(HEAD + "drill: {region: gcp/us-east4, executePlan: false}\n");

        assertThat(s.drill().orElseThrow().executePlan()).isFalse();
    }

    @Test
    void read_drillAtAGivenTime_keepsTheTime() throws IOException {
        Scenario s = read(HEAD + "drill: {region: gcp/us-east4, at: 26h}\n");

        assertThat(s.drill().orElseThrow().atSeconds().getAsDouble()).isEqualTo(93_600);
        assertThat(s.drill().orElseThrow().durationSeconds()).isEqualTo(3600);
        assertThat(s.database()).isEmpty();
    }

    @Test
    void read_badValues_areAllReportedWithTheirPaths() throws IOException {
        String text =
                HEAD
                        + "database:\n  writeRequestShare: 2\n  writeBytesPerRequest: -1\n"
                        + "  patroni: {ttl: 10s, synchronousMode: maybe}\n"
                        + "  members:\n    - {name: a, region: us-east-1}\n"
                        + "  walArchive: {segmentSize: 16Mi}\n  color: blue\n"
                        + "drill: {region: us-east-1, duration: -1h, executePlan: maybe}\n";

        List<Problem> problems = problems(text);

        assertThat(problems)
                .extracting(Problem::path)
                .contains(
                        "database.writeRequestShare",
                        "database.writeBytesPerRequest",
                        "database.patroni.synchronousMode",
                        "database.members[0].zone",
                        "database.walArchive.databaseSize",
                        "database.color",
                        "drill.region",
                        "drill.duration",
                        "drill.executePlan");
        assertThat(problems.toString()).contains("expected provider/region such as aws/us-east-1");
    }

    private static final String DATABASE =
            "database:\n  members:\n"
                    + "    - {name: a, region: us-east-1, zone: use1-az1}\n"
                    + "    - {name: b, region: us-east-1, zone: use1-az2}\n"
                    + "  walArchive: {databaseSize: 10Gi}\n";

    @Test
    void read_databaseServices_keepsTheNamesAndDefaultsToEveryService() throws IOException {
        Scenario named = read(HEAD + DATABASE + "  services: [web]\n");
        Scenario all = read(HEAD + DATABASE);

        assertThat(named.database().orElseThrow().services()).containsExactly("web");
        assertThat(named.database().orElseThrow().tier().usedBy("web")).isTrue();
        assertThat(all.database().orElseThrow().services()).isEmpty();
        assertThat(all.database().orElseThrow().tier().usedBy("web")).isTrue();
    }

    @Test
    void read_databaseServicesWithUnknownName_isAProblemWithThePathAndTheKnownServices()
            throws IOException {
        List<Problem> problems = problems(HEAD + DATABASE + "  services: [web, api]\n");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("database.services[1]");
        assertThat(problems.get(0).message()).contains("[web]", "\"api\"");
    }

    @Test
    void read_databaseServicesWithUnknownNameAndAnotherProblem_reportsBothAtOnce()
            throws IOException {
        String text = HEAD.replace("capacityRps: 10", "capacityRps: -1") + DATABASE;

        List<Problem> problems = problems(text + "  services: [api]\n");

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder("services[0].capacityRps", "database.services[0]");
    }

    @Test
    void read_noSections_leavesThemEmpty() throws IOException {
        Scenario s = read(HEAD);

        assertThat(s.database()).isEmpty();
        assertThat(s.drill()).isEmpty();
    }
}
