package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devopssim.core.SimulationException;
import io.devopssim.core.anomaly.AlertPolicy;
import io.devopssim.core.anomaly.AnomalyAlert;
import io.devopssim.core.anomaly.WatchedMetric;
import io.devopssim.core.load.CsvTraceLoader;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.Trace;
import io.devopssim.core.load.TraceOptions;
import io.devopssim.core.load.Workload;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.report.ConsoleSummary;
import io.devopssim.core.report.JsonReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnomalyWatchTest {

    private static final double HOUR = 3600;

    @TempDir Path dir;

    /** Ten fixed replicas of 10 rps; 4 rps with a spike to 40 rps from 600 s for 120 s. */
    private static ClusterModel spikeModel() {
        return Services.model(
                Services.web(10, new LoadSpec.Spike(4, 40, 600, 120), Optional.empty()), HOUR, 1);
    }

    /** A rate of 4 rps with 40 rps during each of the given [start, end) stretches. */
    private static Workload bursts(double... bounds) {
        return new Workload() {
            @Override
            public double rate(double t) {
                for (int i = 0; i < bounds.length; i += 2) {
                    if (t >= bounds[i] && t < bounds[i + 1]) {
                        return 40;
                    }
                }
                return 4;
            }

            @Override
            public double duration() {
                return HOUR;
            }
        };
    }

    @Test
    void watch_spikeInArrivals_raisesOneAlertAtTheSpikeAndTellsListeners() {
        List<AnomalyAlert> heard = new ArrayList<>();

        ServiceResult web =
                Simulation.builder(spikeModel())
                        .watch("web", WatchedMetric.ARRIVAL_RATE, () -> new ThresholdDetector(20))
                        .onAlert(heard::add)
                        .build()
                        .run()
                        .services()
                        .get(0);

        assertThat(web.alerts())
                .containsExactly(new AnomalyAlert(600, "web", WatchedMetric.ARRIVAL_RATE, 40, 1));
        assertThat(heard).isEqualTo(web.alerts());
    }

    @Test
    void watch_dipShorterThanTheClearingPoints_staysOneAlert() {
        // Two bursts 30 s apart: 2 points below, fewer than the 4 that close an alert.
        ServiceResult web = runBursts(AlertPolicy.defaults(), 600, 720, 750, 900);

        assertThat(web.alerts()).extracting(AnomalyAlert::time).containsExactly(600.0);
    }

    @Test
    void watch_secondBurstAfterTheAlertClosed_raisesASecondAlert() {
        ServiceResult web = runBursts(AlertPolicy.defaults(), 600, 720, 1200, 1300);

        assertThat(web.alerts()).extracting(AnomalyAlert::time).containsExactly(600.0, 1200.0);
    }

    @Test
    void watch_clearAfterOnePoint_splitsEvenAShortDip() {
        ServiceResult web = runBursts(new AlertPolicy(0.5, 1), 600, 720, 750, 900);

        assertThat(web.alerts()).extracting(AnomalyAlert::time).containsExactly(600.0, 750.0);
    }

    private ServiceResult runBursts(AlertPolicy policy, double... bounds) {
        return Simulation.builder(spikeModel())
                .workload("web", bursts(bounds))
                .watch("web", WatchedMetric.ARRIVAL_RATE, () -> new ThresholdDetector(20), policy)
                .build()
                .run()
                .services()
                .get(0);
    }

    @Test
    void watch_everyMetric_isFedOncePerStepWithTheSimulatedValue() {
        ThresholdDetector cpu = new ThresholdDetector(2);
        ThresholdDetector ready = new ThresholdDetector(100);
        ThresholdDetector p99 = new ThresholdDetector(100);

        Simulation.builder(spikeModel())
                .watch("web", WatchedMetric.CPU_UTILISATION, () -> cpu)
                .watch("web", WatchedMetric.READY_REPLICAS, () -> ready)
                .watch("web", WatchedMetric.LATENCY_P99, () -> p99)
                .build()
                .run();

        assertThat(cpu.values).hasSize((int) (HOUR / 15));
        // 4 rps over ten replicas of 10 rps: 4 % busy; CPU goes from 0 idle to 1 core (the
        // request) at capacity.
        assertThat(cpu.values.get(0)).isCloseTo(0.04, within(1e-12));
        assertThat(cpu.values.get(40)).isCloseTo(0.40, within(1e-12));
        assertThat(ready.values).containsOnly(10.0);
        // Ten servers at 4 %: hardly any queueing, so p99 is that of the 0.1 s service time.
        assertThat(p99.values.get(0)).isCloseTo(0.1 * Math.log(100), within(1e-3));
        assertThat(cpu.times.get(1)).isEqualTo(15.0);
    }

    @Test
    void watch_traceRun_timestampsAreTheTracesWallClock() throws IOException {
        Path csv =
                Files.writeString(
                        dir.resolve("trace.csv"),
                        "minute,count\n2024-03-01 10:00:00,240\n2024-03-01 10:01:00,240\n",
                        StandardCharsets.UTF_8);
        Trace trace = CsvTraceLoader.load(csv, TraceOptions.perMinuteCounts());
        ThresholdDetector arrivals = new ThresholdDetector(100);

        Simulation.builder(spikeModel())
                .workload("web", trace)
                .watch("web", WatchedMetric.ARRIVAL_RATE, () -> arrivals)
                .build()
                .run();

        double epoch = Instant.parse("2024-03-01T10:00:00Z").getEpochSecond();
        assertThat(arrivals.times.get(0)).isEqualTo(epoch);
        assertThat(arrivals.times.get(5)).isEqualTo(epoch + 75);
    }

    @Test
    void watch_detectorScoringOutsideZeroToOne_failsNamingMetricAndScore() {
        Simulation simulation =
                Simulation.builder(spikeModel())
                        .watch("web", WatchedMetric.ARRIVAL_RATE, () -> (t, v) -> 2.5)
                        .build();

        assertThatThrownBy(simulation::run)
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("arrival_rps of 'web' scored 2.5");
    }

    @Test
    void watch_unknownService_isRefused() {
        assertThatThrownBy(
                        () ->
                                Simulation.builder(spikeModel())
                                        .watch(
                                                "api",
                                                WatchedMetric.ARRIVAL_RATE,
                                                () -> new ThresholdDetector(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no service named 'api'");
    }

    @Test
    void reports_alerts_appearInJsonAndSummaryAndRepeatByteForByte() throws IOException {
        Simulation simulation =
                Simulation.builder(spikeModel())
                        .watch("web", WatchedMetric.ARRIVAL_RATE, () -> new ThresholdDetector(20))
                        .build();
        SimulationResult first = simulation.run();
        SimulationResult second = simulation.run();

        byte[] a = json(first);
        assertThat(json(second)).isEqualTo(a);
        JsonNode alert = new ObjectMapper().readTree(a).at("/services/0/anomalyAlerts/0");
        assertThat(alert.get("time").asDouble()).isEqualTo(600);
        assertThat(alert.get("metric").asText()).isEqualTo("arrival_rps");
        assertThat(alert.get("value").asDouble()).isEqualTo(40);
        assertThat(alert.get("score").asDouble()).isEqualTo(1);
        assertThat(ConsoleSummary.render(first))
                .contains("anomaly alerts 1")
                .contains("arrival_rps      value 40.00, score 1.00");
    }

    @Test
    void reports_noWatch_writeAnEmptyAlertList() throws IOException {
        SimulationResult result = Simulation.builder(spikeModel()).build().run();

        JsonNode alerts = new ObjectMapper().readTree(json(result)).at("/services/0/anomalyAlerts");
        assertThat(alerts.isArray()).isTrue();
        assertThat(alerts).isEmpty();
        assertThat(ConsoleSummary.render(result)).doesNotContain("anomaly alerts");
    }

    private static byte[] json(SimulationResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out, true);
        return out.toByteArray();
    }
}
