package io.devopssim.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.Workload;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static SimulationResult result;

    /** Two replicas for ten minutes at 5 rps, with no data from minute 2 to minute 4. */
    @BeforeAll
    static void run() {
        ServiceModel web =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .pricePerHour(0.6)
                        .capacityRps(10)
                        .initialReplicas(2)
                        .load(new LoadSpec.Constant(5))
                        .build();
        ClusterModel model =
                new ClusterModel(
                        "reports",
                        "aws",
                        "us-east-1",
                        List.of(web),
                        Slo.defaults(),
                        new RunSettings(1, OptionalDouble.of(600), 15));
        Workload gap =
                new Workload() {
                    @Override
                    public double rate(double t) {
                        return t >= 120 && t < 240 ? Double.NaN : 5;
                    }

                    @Override
                    public double duration() {
                        return 600;
                    }
                };
        result = Simulation.builder(model).workload("web", gap).build().run();
    }

    @Test
    void json_writesGapsAsNullAndEveryService() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out, true);

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.get("scenario").asText()).isEqualTo("reports");
        assertThat(json.get("start").isNull()).isTrue();
        JsonNode web = json.get("services").get(0);
        assertThat(web.get("gapSeconds").asDouble()).isEqualTo(120);
        assertThat(web.get("cost").asDouble()).isCloseTo(2 * 0.6 / 6, within(1e-12));
        JsonNode arrivals = web.get("series").get("arrival_rps");
        assertThat(arrivals).hasSize(40);
        assertThat(arrivals.get(8).isNull()).isTrue();
        assertThat(arrivals.get(16).asDouble()).isEqualTo(5);
    }

    @Test
    void json_withoutSeries_leavesThemOut() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out, false);

        JsonNode web = new ObjectMapper().readTree(out.toByteArray()).get("services").get(0);
        assertThat(web.has("series")).isFalse();
        assertThat(web.has("scalingDecisions")).isTrue();
    }

    @Test
    void csvSeries_hasHeaderOneRowPerStepAndEmptyCellsInGaps() throws IOException {
        StringWriter out = new StringWriter();
        CsvReport.writeSeries(result, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "service,timestamp,time_s,arrival_rps,served_rps,dropped_rps,replicas,"
                                + "ready_replicas,utilisation,latency_p50_s,latency_p99_s,"
                                + "slow_share");
        assertThat(lines).hasSize(41);
        assertThat(lines.get(1)).startsWith("web,,0,5,5,");
        assertThat(lines.get(9)).startsWith("web,,120,,,,2,2,0,,,");
    }

    @Test
    void csvSeries_floatNoise_roundedInCsvButKeptInJson() throws IOException {
        double noisy = 0.1 + 0.2; // 0.30000000000000004 in binary floating point
        ServiceModel web =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .pricePerHour(0.6)
                        .capacityRps(10)
                        .initialReplicas(1)
                        .load(new LoadSpec.Constant(noisy))
                        .build();
        ClusterModel model =
                new ClusterModel(
                        "noise",
                        "aws",
                        "us-east-1",
                        List.of(web),
                        Slo.defaults(),
                        new RunSettings(1, OptionalDouble.of(60), 15));
        SimulationResult noise = Simulation.builder(model).build().run();
        StringWriter csv = new StringWriter();
        ByteArrayOutputStream json = new ByteArrayOutputStream();

        CsvReport.writeSeries(noise, csv);
        JsonReport.write(noise, json, true);

        assertThat(csv.toString().lines().skip(1)).allMatch(l -> l.startsWith("web,,"));
        // time_s, arrival_rps, served_rps; then utilisation 0.3 rps of 10 rps on one replica
        String[] first = csv.toString().lines().toList().get(1).split(",", -1);
        assertThat(first).startsWith("web", "", "0", "0.3", "0.3");
        assertThat(first[8]).isEqualTo("0.03");
        assertThat(csv.toString()).doesNotContain("0000000").doesNotContain("9999999");
        JsonNode arrivals =
                new ObjectMapper()
                        .readTree(json.toByteArray())
                        .get("services")
                        .get(0)
                        .get("series")
                        .get("arrival_rps");
        assertThat(arrivals.get(0).asDouble()).isEqualTo(noisy);
    }

    @Test
    void csvDecisions_withoutDecisions_isJustTheHeader() throws IOException {
        StringWriter out = new StringWriter();
        CsvReport.writeDecisions(result, out);

        assertThat(out.toString()).isEqualTo("service,time_s,timestamp,from,to,reason\n");
    }

    @Test
    void summary_answersCostAndSlo() {
        String summary = ConsoleSummary.render(result);

        assertThat(summary)
                .contains("Scenario reports, seed 1")
                .contains("Service web on aws/us-east-1 m5.large at $0.6000 per replica-hour")
                .contains("trace gaps    2.0 min without data")
                .contains("peak 2, average 2.0, 0.3 replica-hours")
                .contains("cost          $0.20")
                .contains("Total cost $0.20");
    }
}
