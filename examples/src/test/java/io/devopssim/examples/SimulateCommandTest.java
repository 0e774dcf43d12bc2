package io.devopssim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    @TempDir Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = DevOpsSim.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void simulate_bundledScenarioForOneDay_replaysTheTracesFirstDayScaledByTwenty()
            throws IOException {
        int status = run("simulate", "--duration", "1d", "--no-progress", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Total cost").contains("Service web");
        JsonNode result = new ObjectMapper().readTree(tmp.resolve("result.json").toFile());
        JsonNode web = result.get("services").get(0);
        assertThat(web.get("arrivedRequests").asDouble())
                .isCloseTo(20 * firstDayRequests(), within(1e-3));
        assertThat(result.get("start").asText()).isEqualTo("1995-07-01T04:00:00Z");
        assertThat(Files.readAllLines(tmp.resolve("series.csv"))).hasSize(1 + 86_400 / 15);
        assertThat(tmp.resolve("scenario/scenario.yaml")).exists();
    }

    @Test
    void simulate_bundledScenario_printsTheDrillAtTheTracesBusiestHourNextToThePlan()
            throws IOException {
        int status = run("simulate", "--duration", "14d", "--no-progress", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("Failure drill: aws/us-east-1 dies at " + busiestHourUtc(14));
        assertThat(text).contains("simulated", "planned", "difference");
        // Route 53 settings (30 s checks, threshold 3): detection in [60 s, 90 s].
        assertThat(simulated(text, "detected")).isBetween(60.0, 90.0);
        assertThat(simulated(text, "traffic moved")).isBetween(120.0, 165.0);
        assertThat(simulated(text, "RTO")).isBetween(120.0, 3600.0);
        assertThat(simulated(text, "RPO (seconds of writes)")).isPositive();
        // the requests lost until the RTO hold every request sent to the dead region before its
        // traffic moved, which came before the RTO here
        assertThat(simulated(text, "RTO")).isGreaterThanOrEqualTo(simulated(text, "traffic moved"));
        assertThat(simulated(text, "requests lost until RTO"))
                .isGreaterThanOrEqualTo(simulated(text, "  of which to the dead region"))
                .isPositive();
        assertThat(text).contains("promoted pg-3").contains("cost: run $");
        JsonNode drill = new ObjectMapper().readTree(tmp.resolve("drill.json").toFile());
        assertThat(drill.at("/simulated/database/rpoBytes").asDouble()).isPositive();
        assertThat(drill.at("/plan/failure/kind").asText()).isEqualTo("REGION");
        assertPlanExecuted(text, drill);
    }

    /**
     * With the plan's replicas added at detection the RTO is the plan's latest traffic or capacity
     * time, judged on the run's 15 s steps, and shorter than with the HPA alone.
     */
    private static void assertPlanExecuted(String text, JsonNode drill) {
        assertThat(drill.get("planExecuted").asBoolean()).isTrue();
        assertThat(text).contains("executed in the run").contains("HPA alone (plan not executed");
        double latest = 0;
        for (JsonNode step : drill.at("/plan/steps")) {
            String name = step.get("step").asText();
            if (name.equals("TRAFFIC_SHIFTED") || name.equals("CAPACITY_READY")) {
                latest = Math.max(latest, step.get("latestSeconds").asDouble());
            }
        }
        double rto = simulated(text, "RTO");
        assertThat(rto).isLessThanOrEqualTo(latest + 15);
        assertThat(rto).isLessThan(drill.at("/hpaOnly/rtoSeconds").asDouble());
        assertThat(simulated(text, "added replicas ready"))
                .isLessThan(drill.at("/hpaOnly/capacityRecoveredSeconds").asDouble());
    }

    @Test
    void simulate_traceOverrideOnTheTwoRegionScenario_warnsWhatIsLeftOut() {
        Path trace = tmp.resolve("trace.csv");
        int status =
                run(
                        "simulate",
                        "--trace",
                        writeTrace(trace).toString(),
                        "--duration",
                        "2h",
                        "--no-progress",
                        "-o",
                        tmp.resolve("out").toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains(
                        "warning: --deployment, --hpa and --trace run one service in aws/us-east-1")
                .contains("placements, traffic, failures, database and drill are left out");
    }

    private static Path writeTrace(Path file) {
        StringBuilder csv = new StringBuilder("minute,count\n");
        for (int m = 0; m < 180; m++) {
            csv.append(String.format("1995-07-01 %02d:%02d:00,%d%n", m / 60, m % 60, 40));
        }
        try {
            return Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void simulate_bundledScenarioForHalfAnHour_runsWithoutTheDrillAndSaysSo() {
        int status = run("simulate", "--duration", "30m", "--no-progress", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString()).contains("the failure drill needs a run of at least 1 h");
        assertThat(out.toString()).contains("Total cost").doesNotContain("Failure drill");
    }

    /** Returns the simulated column of a drill row. */
    private static double simulated(String text, String row) {
        String line =
                text.lines()
                        .filter(l -> l.startsWith("  " + row + " "))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no row " + row + " in " + text));
        String value = line.substring(2 + row.length()).trim().split("\\s+")[0];
        return Double.parseDouble(value.replace(",", ""));
    }

    /**
     * Returns the busiest whole local hour of the first days of the trace, in UTC, computed from
     * the CSV independently of the simulator (the trace's clock is UTC-4).
     */
    private static String busiestHourUtc(int days) {
        java.util.Map<String, Long> perHour = new java.util.TreeMap<>();
        try {
            Path trace =
                    Path.of(
                            "src/main/resources/io/devopssim/examples/nasa/"
                                    + "nasa_http_1995_requests_per_minute.csv");
            for (String l :
                    Files.readAllLines(trace).subList(1, Files.readAllLines(trace).size())) {
                java.time.LocalDateTime t =
                        java.time.LocalDateTime.parse(l.substring(0, 19).replace(' ', 'T'));
                if (t.isBefore(java.time.LocalDateTime.of(1995, 7, 1, 0, 0).plusDays(days))) {
                    String hour = l.substring(0, 13);
                    long count = Long.parseLong(l.substring(l.indexOf(',') + 1).trim());
                    perHour.merge(hour, count, Long::sum);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String best = null;
        for (var e : perHour.entrySet()) {
            if (best == null || e.getValue() > perHour.get(best)) {
                best = e.getKey();
            }
        }
        java.time.LocalDateTime local =
                java.time.LocalDateTime.parse(best.replace(' ', 'T') + ":00");
        return local.plusHours(4).toString().replace('T', ' ') + " UTC";
    }

    @Test
    void simulate_twoRegionsOnTwoCloudsWithARegionOutage_writesRegionsAndTheFailover()
            throws IOException {
        Path scenario = tmp.resolve("two.yaml");
        Files.writeString(
                scenario,
                String.join(
                        "\n",
                        "name: two-clouds",
                        "provider: aws",
                        "region: us-east-1",
                        "run: {seed: 3, step: 5s, duration: 1h}",
                        "services:",
                        "  - name: web",
                        "    instanceType: m5.large",
                        "    capacityRps: 10",
                        "    cpu: {request: 1}",
                        "    load: {constant: 200}",
                        "    startup: {fixed: 30s}",
                        "    autoscaler: {hpa: {maxReplicas: 60, metrics: [{type: Resource,"
                                + " resource: {name: cpu, target: {type: Utilization,"
                                + " averageUtilization: 50}}}]}}",
                        "    placements:",
                        "      - {provider: aws, region: us-east-1, replicas: {min: 2, max: 60,"
                                + " initial: 20}}",
                        "      - {provider: gcp, region: europe-west1, instanceType:"
                                + " n2-standard-2, replicas: {min: 2, max: 60, initial: 20}}",
                        "traffic:",
                        "  policy: latency",
                        "  sources:",
                        "    - {name: america, share: 0.5, location: {latitude: 40.7, longitude:"
                                + " -74.0}}",
                        "    - {name: europe, share: 0.5, location: {latitude: 48.9, longitude:"
                                + " 2.35}}",
                        "failures:",
                        "  scheduled:",
                        "    - {kind: region-outage, target: us-east-1, at: 20m}",
                        ""));

        int status = run("simulate", scenario.toString(), "--no-progress", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("failover      region-outage us-east-1");
        JsonNode web =
                new ObjectMapper()
                        .readTree(tmp.resolve("result.json").toFile())
                        .get("services")
                        .get(0);
        JsonNode regions = web.get("regions");
        assertThat(regions).hasSize(2);
        // zones from the catalogues: AWS lists zone ids, GCP zone names
        assertThat(regions.get(0).get("zones").get(0).asText()).startsWith("use1-az");
        assertThat(regions.get(1).get("zones").get(0).asText()).startsWith("europe-west1-");
        assertThat(regions.get(1).get("priceSource").asText()).contains("gcp");
        assertThat(regions.get(0).get("failedByOutageRequests").asDouble()).isPositive();
        assertThat(Files.readAllLines(tmp.resolve("regions.csv"))).hasSize(3);
        assertThat(Files.readAllLines(tmp.resolve("timeline.csv")).get(1))
                .contains("failure-started");
        assertThat(out.toString())
                .contains(tmp.resolve("regions.csv") + " and " + tmp.resolve("timeline.csv"));
    }

    @Test
    void simulate_podCrashesScheduledAndRandom_writesThemToTheTimeline() throws IOException {
        Path scenario = tmp.resolve("crash.yaml");
        Files.writeString(
                scenario,
                String.join(
                        "\n",
                        "name: crashes",
                        "provider: aws",
                        "region: us-east-1",
                        "run: {seed: 3, step: 5s, duration: 1h}",
                        "services:",
                        "  - name: web",
                        "    instanceType: m5.large",
                        "    capacityRps: 10",
                        "    load: {constant: 100}",
                        "    startup: {fixed: 30s}",
                        "    placements:",
                        "      - {provider: aws, region: us-east-1, replicas: {min: 20, max: 20}}",
                        "failures:",
                        "  scheduled:",
                        "    - {kind: pod-crash, target: web, at: 10m, count: 3}",
                        "  random:",
                        "    - {kind: pod-crash, mtbf: 1d}",
                        ""));

        int status = run("simulate", scenario.toString(), "--no-progress", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        List<String> crashes =
                Files.readAllLines(tmp.resolve("timeline.csv")).stream()
                        .filter(line -> line.contains("pod-crashed"))
                        .toList();
        // 3 scheduled, and 20 pods for 1 h at an MTBF of 1 day: about 0.8 random crashes
        assertThat(crashes.size()).isBetween(3, 9);
        assertThat(crashes).allMatch(line -> line.contains("web us-east-1"));
        assertThat(crashes.stream().filter(line -> line.startsWith("600"))).hasSize(3);
        JsonNode web =
                new ObjectMapper()
                        .readTree(tmp.resolve("result.json").toFile())
                        .get("services")
                        .get(0);
        assertThat(web.get("podCrashes").asInt()).isEqualTo(crashes.size());
        assertThat(web.get("regions").get(0).get("podCrashes").asInt()).isEqualTo(crashes.size());
    }

    /** Sums the trace's counts of 1995-07-01, read independently of the simulator's loader. */
    private static long firstDayRequests() throws IOException {
        Path trace =
                Path.of(
                        "src/main/resources/io/devopssim/examples/nasa/"
                                + "nasa_http_1995_requests_per_minute.csv");
        List<String> lines = Files.readAllLines(trace);
        return lines.stream()
                .skip(1)
                .filter(l -> l.startsWith("1995-07-01 "))
                .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(',') + 1).trim()))
                .sum();
    }

    @Test
    void simulate_brokenScenario_reportsEveryProblemWithoutAStackTrace() throws IOException {
        Path scenario = tmp.resolve("broken.yaml");
        Files.writeString(
                scenario,
                String.join(
                        "\n",
                        "name: broken",
                        "provider: aws",
                        "region: us-east-1",
                        "run: {seed: 1, step: 15s, duration: 1h}",
                        "services:",
                        "  - name: web",
                        "    instanceType: m5.large",
                        "    capacityRps: -5",
                        "    replicas: {min: 3, max: 2, initial: 3}",
                        "    load: {constant: 10}",
                        ""));

        int status = run("simulate", scenario.toString(), "--no-progress", "-o", tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("services[0].capacityRps: must be > 0, was -5")
                .contains("services[0].replicas.max: must be >= minReplicas (3), was 2")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void simulate_valueTypeAndTargetErrors_printsAllThreeBeforeAnyRun() throws IOException {
        Path scenario = tmp.resolve("three.yaml");
        Files.writeString(
                scenario,
                String.join(
                        "\n",
                        "name: three",
                        "provider: aws",
                        "region: us-east-1",
                        "run: {duration: 1h}",
                        "services:",
                        "  - name: web",
                        "    instanceType: m5.huge",
                        "    capacityRps: 10",
                        "    concurrency: -3",
                        "    load: {constant: 100}",
                        "    placements:",
                        "      - {provider: aws, region: us-east-1, replicas: {min: 1, max: 5}}",
                        "failures:",
                        "  scheduled:",
                        "    - {kind: region-outage, target: mars-1, at: 10m, duration: 5m}",
                        ""));

        int status = run("simulate", scenario.toString(), "--no-progress", "-o", tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("three.yaml: 3 problems")
                .contains("services[0].concurrency: must be >= 1, was -3")
                .contains("services[0].instanceType: unknown instance type 'm5.huge'")
                .contains("failures.scheduled[0].target: unknown region \"mars-1\"");
        assertThat(tmp.resolve("result.json")).doesNotExist();
    }

    @Test
    void simulate_missingScenarioFile_saysWhichFile() {
        int status = run("simulate", tmp.resolve("nope.yaml").toString(), "--no-progress");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("nope.yaml");
    }

    @Test
    void simulate_manifestsAndTrace_replaceTheBundledService() throws IOException {
        Path manifests = Path.of("src/main/resources/io/devopssim/examples/nasa");
        Path trace = tmp.resolve("trace.csv");
        StringBuilder csv = new StringBuilder("minute,count\n");
        for (int m = 0; m < 180; m++) {
            csv.append(String.format("2024-03-01 %02d:%02d:00,%d%n", m / 60, m % 60, 300 + m));
        }
        Files.writeString(trace, csv);

        int status =
                run(
                        "simulate",
                        "--deployment",
                        manifests.resolve("deployment.yaml").toString(),
                        "--hpa",
                        manifests.resolve("hpa.yaml").toString(),
                        "--trace",
                        trace.toString(),
                        "--trace-scale",
                        "2",
                        "--no-progress",
                        "-o",
                        tmp.resolve("out").toString());

        assertThat(status).as(err.toString()).isZero();
        JsonNode web =
                new ObjectMapper()
                        .readTree(tmp.resolve("out/result.json").toFile())
                        .get("services")
                        .get(0);
        long requests = 180 * 300 + 179 * 180 / 2;
        assertThat(web.get("arrivedRequests").asDouble()).isCloseTo(2.0 * requests, within(1e-6));
        assertThat(web.get("name").asText()).isEqualTo("web");
    }

    @Test
    void simulate_hpaWithoutDeployment_isRefused() {
        int status = run("simulate", "--hpa", "hpa.yaml", "--no-progress", "-o", tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--hpa").contains("--deployment");
    }

    @Test
    void simulate_oneRegionIntoAFolderOfAnEarlierDrill_leavesNoStaleRegionTimelineOrDrillFiles()
            throws IOException {
        for (String earlier : List.of("regions.csv", "timeline.csv", "drill.json")) {
            Files.writeString(tmp.resolve(earlier), "from an earlier run\n");
        }
        Path scenario = tmp.resolve("one-region.yaml");
        Files.writeString(
                scenario,
                String.join(
                        "\n",
                        "name: one-region",
                        "provider: aws",
                        "region: us-east-1",
                        "run: {duration: 1h}",
                        "services:",
                        "  - name: web",
                        "    instanceType: m5.large",
                        "    capacityRps: 10",
                        "    load: {constant: 5}",
                        ""));

        int status = run("simulate", scenario.toString(), "--no-progress", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(tmp.resolve("result.json")).exists();
        assertThat(tmp.resolve("regions.csv")).doesNotExist();
        assertThat(tmp.resolve("timeline.csv")).doesNotExist();
        assertThat(tmp.resolve("drill.json")).doesNotExist();
        assertThat(out.toString())
                .contains(
                        "Wrote "
                                + tmp.resolve("result.json")
                                + ", "
                                + tmp.resolve("series.csv")
                                + " and "
                                + tmp.resolve("decisions.csv")
                                + System.lineSeparator());
    }

    @Test
    void simulate_drillAtAMillionHoursInAnHourLongRun_writesBothTimesPlainly() throws IOException {
        Path scenario = tmp.resolve("late-drill.yaml");
        Files.writeString(
                scenario,
                String.join(
                        "\n",
                        "name: late-drill",
                        "provider: aws",
                        "region: us-east-1",
                        "run: {duration: 1h}",
                        "services:",
                        "  - name: web",
                        "    instanceType: m5.large",
                        "    capacityRps: 10",
                        "    load: {constant: 20}",
                        "    placements:",
                        "      - {provider: aws, region: us-east-1}",
                        "      - {provider: gcp, region: europe-west1, instanceType:"
                                + " n2-standard-2}",
                        "traffic:",
                        "  policy: latency",
                        "  sources:",
                        "    - {name: america, share: 1, location: {latitude: 40.7, longitude:"
                                + " -74.0}}",
                        "drill: {region: aws/us-east-1, at: 1000000h}",
                        ""));

        int status = run("simulate", scenario.toString(), "--no-progress", "-o", tmp.toString());

        // 1,000,000 h = 3.6e9 s and 1 h = 3,600 s, both under 10^15: written out in full
        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "drill.at: expected a time within the run (0 to 3600 s), was 3600000000 s");
    }

    @Test
    void simulate_oneRegionWithAZoneOutage_writesTheTimelineButNoRegions() throws IOException {
        Path scenario = tmp.resolve("zone.yaml");
        Files.writeString(
                scenario,
                String.join(
                        "\n",
                        "name: zone",
                        "provider: aws",
                        "region: us-east-1",
                        "run: {duration: 1h}",
                        "services:",
                        "  - name: web",
                        "    instanceType: m5.large",
                        "    capacityRps: 10",
                        "    load: {constant: 5}",
                        "failures:",
                        "  scheduled:",
                        "    - {kind: zone-outage, target: use1-az1, at: 10m, duration: 5m}",
                        ""));

        int status = run("simulate", scenario.toString(), "--no-progress", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(tmp.resolve("regions.csv")).doesNotExist();
        List<String> timeline = Files.readAllLines(tmp.resolve("timeline.csv"));
        // the header, the outage at 600 s and its end at 900 s
        assertThat(timeline).hasSize(3);
        assertThat(timeline.get(1)).startsWith("600,").contains("failure-started");
        assertThat(timeline.get(2)).startsWith("900,").contains("failure-recovered");
    }

    @Test
    void simulate_unknownRegion_isReportedAtRegionWithCloseMatches() throws IOException {
        Path scenario = tmp.resolve("region.yaml");
        Files.writeString(
                scenario,
                String.join(
                        "\n",
                        "name: region",
                        "provider: aws",
                        "region: us-east-9",
                        "run: {duration: 1h}",
                        "services:",
                        "  - name: web",
                        "    instanceType: m5.large",
                        "    capacityRps: 10",
                        "    load: {constant: 5}",
                        ""));

        int status = run("simulate", scenario.toString(), "--no-progress", "-o", tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("region: unknown region 'us-east-9' in aws; did you mean us-east-1");
    }
}
