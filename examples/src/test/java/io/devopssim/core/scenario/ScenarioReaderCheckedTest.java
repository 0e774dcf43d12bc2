package io.devopssim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lives in examples because the cloud catalogues are on its test class path. */
class ScenarioReaderCheckedTest {

    private static final String HEAD =
            "name: checked\nprovider: aws\nregion: us-east-1\nrun: {duration: 2h}\nservices:\n";
    private static final String SERVICE =
            "  - name: web\n    instanceType: m5.large\n    capacityRps: 10\n"
                    + "    concurrency: 2\n    load: {constant: 20}\n";
    private static final String PLACEMENTS =
            "    placements:\n"
                    + "      - {provider: aws, region: us-east-1, replicas: {min: 1, max: 4}}\n"
                    + "      - {provider: gcp, region: europe-west1, instanceType: n2-standard-2,"
                    + " replicas: {min: 1, max: 4}}\n";
    private static final String TRAFFIC =
            "traffic:\n  policy: latency\n  sources:\n"
                    + "    - {name: east, share: 0.7, location: {latitude: 40.7, longitude: -74}}\n"
                    + "    - {name: europe, share: 0.3, location: {latitude: 48.9, longitude:"
                    + " 2.35}}\n";
    private static final String FAILURE =
            "failures:\n  scheduled:\n"
                    + "    - {kind: region-outage, target: us-east-1, at: 30m, duration: 10m}\n";
    private static final String DATABASE =
            "database:\n  name: orders\n  writeBytesPerRequest: 4Ki\n  writeRequestShare: 0.1\n"
                    + "  primary: pg-1\n  members:\n"
                    + "    - {name: pg-1, region: us-east-1, zone: use1-az1}\n"
                    + "    - {name: pg-2, region: europe-west1, zone: europe-west1-b}\n"
                    + "  walArchive: {databaseSize: 10Gi}\n";
    private static final String DRILL =
            "drill: {region: aws/us-east-1, at: busiest-hour, duration: 1h}\n";

    @TempDir Path tmp;

    private Path write(String text) throws IOException {
        return Files.writeString(tmp.resolve("scenario.yaml"), text);
    }

    private List<Problem> problems(String text) throws IOException {
        Path file = write(text);
        try {
            ScenarioReader.readChecked(file);
        } catch (InvalidInputException e) {
            assertThat(e.source()).isEqualTo(file.toString());
            return e.problems();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void readChecked_valueErrorAndCacheInAZoneNotPlaced_listsBothAtOnce() throws IOException {
        String cache =
                "cache:\n  master: {name: redis-1, region: us-east-1, zone: use1-az9}\n"
                        + "  sentinels: [{name: s1, zone: use1-az1}]\n"
                        + "  keys: 1000\n  capacityKeys: 100\n";
        String text =
                HEAD
                        + SERVICE.replace("concurrency: 2", "concurrency: -3")
                        + PLACEMENTS
                        + TRAFFIC
                        + cache;

        assertThat(problems(text))
                .extracting(Problem::path)
                .containsExactly("services[0].concurrency", "cache.master.zone");
    }

    @Test
    void readChecked_valueErrorUnknownTypeAndTargetNamingNothing_listsAllThreeAtOnce()
            throws IOException {
        String text =
                HEAD
                        + SERVICE.replace("concurrency: 2", "concurrency: -3")
                                .replace("m5.large", "m5.huge")
                        + PLACEMENTS
                        + TRAFFIC
                        + FAILURE.replace("target: us-east-1", "target: mars-1");

        List<Problem> problems = problems(text);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactly(
                        "services[0].concurrency",
                        "services[0].instanceType",
                        "failures.scheduled[0].target");
        assertThat(problems.get(0).message()).contains("-3");
        assertThat(problems.get(1).message()).contains("m5.huge").contains("m5.large");
        assertThat(problems.get(2).message()).contains("mars-1");
    }

    @Test
    void read_sameFile_reportsOnlyTheValueError() throws IOException {
        String text =
                HEAD
                        + SERVICE.replace("concurrency: 2", "concurrency: -3")
                                .replace("m5.large", "m5.huge")
                        + PLACEMENTS
                        + TRAFFIC
                        + FAILURE.replace("target: us-east-1", "target: mars-1");

        assertThatThrownBy(() -> ScenarioReader.read(write(text)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(Problem::path)
                                        .containsExactly("services[0].concurrency"));
    }

    @Test
    void readChecked_unknownTypeOfOnePlacement_namesThatPlacementsKey() throws IOException {
        String text =
                HEAD + SERVICE + PLACEMENTS.replace("n2-standard-2", "n2-huge") + TRAFFIC + FAILURE;

        assertThat(problems(text))
                .extracting(Problem::path)
                .containsExactly("services[0].placements[1].instanceType");
    }

    @Test
    void readChecked_regionWrong_skipsTheInstanceTypeLookupThatNeedsIt() throws IOException {
        // The instance type is unknown too, but not looked up in a region the file got wrong.
        String text =
                HEAD.replace("region: us-east-1", "region: [us-east-1]")
                        + SERVICE.replace("m5.large", "m5.huge");

        assertThat(problems(text)).extracting(Problem::path).containsExactly("region");
    }

    @Test
    void readChecked_placementWithProblem_skipsFailureTargetsResolvedAgainstIt()
            throws IOException {
        // Without its provider the gcp placement is not read: its region is not a failure target.
        String text =
                HEAD
                        + SERVICE
                        + PLACEMENTS.replace("provider: gcp, ", "")
                        + TRAFFIC
                        + FAILURE.replace("target: us-east-1", "target: europe-west1");

        assertThat(problems(text))
                .extracting(Problem::path)
                .containsExactly("services[0].placements[1].provider");
    }

    @Test
    void readChecked_unknownRegionAndZone_reportedWithTheValueErrors() throws IOException {
        String placements =
                PLACEMENTS
                        .replace(
                                "region: us-east-1, replicas",
                                "region: us-east-1, zones: [use1-az9], replicas")
                        .replace("europe-west1", "europe-west99");
        String text =
                HEAD
                        + SERVICE.replace("capacityRps: 10", "capacityRps: -1e300")
                        + placements
                        + TRAFFIC;

        List<Problem> problems = problems(text);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactly(
                        "services[0].capacityRps",
                        "services[0].placements[0].zones[0]",
                        "services[0].placements[1].region");
        assertThat(problems.get(0).message()).contains("-1.0E300");
    }

    @Test
    void readChecked_drillRegionAndDatabaseZone_reportedWithTheValueErrors() throws IOException {
        String text =
                HEAD.replace("duration: 2h", "duration: 6h")
                        + SERVICE.replace("concurrency: 2", "concurrency: 0")
                        + PLACEMENTS
                        + TRAFFIC
                        + DATABASE.replace("zone: europe-west1-b", "zone: europe-west1-z")
                        + DRILL.replace("aws/us-east-1", "aws/eu-west-1");

        assertThat(problems(text))
                .extracting(Problem::path)
                .containsExactly(
                        "services[0].concurrency", "drill.region", "database.members[1].zone");
    }

    @Test
    void readChecked_providerNoCatalogueHas_reportedWithoutCheckingTheDatabaseAgainstIt()
            throws IOException {
        String text =
                HEAD.replace("duration: 2h", "duration: 6h")
                        + SERVICE
                        + PLACEMENTS.replace("provider: gcp", "provider: gpc")
                        + TRAFFIC
                        + DATABASE
                        + DRILL;

        List<Problem> problems = problems(text);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactly("services[0].placements[1].provider");
        assertThat(problems.get(0).message()).contains("gpc").contains("gcp");
    }

    @Test
    void readChecked_lengthAndFailureTimes_leftToTheRunThatMayReplaceTheLength()
            throws IOException {
        // The failure is after the file's 2 h, and 20,000 days in 1 s steps are too many steps;
        // simulate --duration may replace both, so the run reports them, not the read.
        String failure = FAILURE.replace("at: 30m", "at: 3h");
        Path file =
                write(
                        HEAD.replace("duration: 2h", "duration: 20000d, step: 1s")
                                + SERVICE
                                + PLACEMENTS
                                + TRAFFIC
                                + failure);

        assertThat(ScenarioReader.readChecked(file).model().failures()).isPresent();
    }

    @Test
    void readChecked_unparsableFile_reportsOnlyTheSyntax() throws IOException {
        String text = HEAD + SERVICE.replace("m5.large", "m5.huge") + "  - name: [unclosed\n";

        List<Problem> problems = problems(text);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).startsWith("line ");
    }

    @Test
    void readChecked_validFile_givesTheModelReadGives() throws IOException {
        Path file =
                write(
                        HEAD.replace("duration: 2h", "duration: 6h")
                                + SERVICE
                                + PLACEMENTS
                                + TRAFFIC
                                + FAILURE
                                + DATABASE
                                + DRILL);

        Scenario checked = ScenarioReader.readChecked(file);

        assertThat(checked.model()).isEqualTo(ScenarioReader.read(file).model());
        assertThat(checked.drill()).isPresent();
        assertThat(checked.database()).isPresent();
    }
}
