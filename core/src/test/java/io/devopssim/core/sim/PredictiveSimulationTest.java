package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.autoscale.HpaAutoscaler;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.forecast.LoadForecaster;
import io.devopssim.core.forecast.SeasonalNaiveForecaster;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.Workload;
import io.devopssim.core.load.Workloads;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.sim.TimeSeries.Column;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PredictiveSimulationTest {

    private static final double HOUR = 3600;
    private static final double STEP_AT = 600;

    /** One replica at 4 rps, then 40 rps from 600 s; a CPU HPA at 50 % (5 rps a replica). */
    private static ClusterModel stepModel() {
        HpaSpec hpa = Services.cpuHpa(1, 10, 50);
        return Services.model(
                Services.web(1, new LoadSpec.Step(4, 40, STEP_AT), Optional.of(hpa)), HOUR, 1);
    }

    private static LoadForecaster oracle() {
        return new OracleForecaster(Workloads.step(4, 40, STEP_AT), Instant.EPOCH, 20);
    }

    @Test
    void predictive_oracleBeforeAStep_scalesUpAboutTheLeadTimeEarlyAndMissesNoSlo() {
        ServiceResult hpa = Simulation.builder(stepModel()).build().run().services().get(0);
        ServiceResult predictive =
                Simulation.builder(stepModel())
                        .predictive("web", PredictiveSimulationTest::oracle)
                        .build()
                        .run()
                        .services()
                        .get(0);

        // Lead time: start-up 30 s + readiness 10 s + sync 15 s = 55 s before the step, to the
        // sync at or after it.
        ScalingDecision first = predictive.decisions().get(0);
        assertThat(first.time()).isBetween(STEP_AT - 55 - 15, STEP_AT - 40);
        assertThat(first.to()).isEqualTo(8);
        assertThat(first.reason())
                .isEqualTo("predicted 2400 req/min in 2 min needs 8 replicas; HPA asked 1");
        TimeSeries series = predictive.series().orElseThrow();
        assertThat(series.value(Column.READY_REPLICAS, (int) (STEP_AT / 15))).isEqualTo(8);
        // Before the step both runs serve 4 rps on one ready replica, whose p99 (an M/M/1 at
        // 40 %: ln(100) / 6 s = 0.77 s) misses the 500 ms SLO; after it, only the HPA falls behind.
        assertThat(predictive.sloViolatedSeconds()).isEqualTo(STEP_AT);
        assertThat(predictive.droppedRequests()).isLessThan(1e-6);
        assertThat(hpa.decisions().get(0).time()).isGreaterThanOrEqualTo(STEP_AT);
        assertThat(hpa.sloViolatedSeconds()).isGreaterThan(STEP_AT);
        assertThat(hpa.droppedRequests()).isGreaterThan(1);
    }

    @Test
    void predictive_oracleOnAStep_neverRunsFewerReplicasThanTheHpaAlone() {
        TimeSeries hpa =
                Simulation.builder(stepModel()).build().run().services().get(0).series().get();
        TimeSeries predictive =
                Simulation.builder(stepModel())
                        .predictive("web", PredictiveSimulationTest::oracle)
                        .build()
                        .run()
                        .services()
                        .get(0)
                        .series()
                        .get();

        for (int i = 0; i < hpa.size(); i++) {
            assertThat(predictive.value(Column.REPLICAS, i))
                    .as("replicas at step %d", i)
                    .isGreaterThanOrEqualTo(hpa.value(Column.REPLICAS, i));
        }
    }

    @Test
    void predictive_forecasterAlwaysNaN_behavesExactlyLikeTheHpa() {
        ServiceResult hpa = Simulation.builder(stepModel()).build().run().services().get(0);
        ServiceResult nan =
                Simulation.builder(stepModel())
                        .predictive("web", () -> new NaNForecaster())
                        .build()
                        .run()
                        .services()
                        .get(0);

        assertThat(nan.decisions()).hasSameSizeAs(hpa.decisions()).isNotEmpty();
        for (int i = 0; i < hpa.decisions().size(); i++) {
            ScalingDecision h = hpa.decisions().get(i);
            ScalingDecision n = nan.decisions().get(i);
            assertThat(List.of(n.time(), (double) n.from(), (double) n.to()))
                    .isEqualTo(List.of(h.time(), (double) h.from(), (double) h.to()));
            assertThat(n.reason()).isEqualTo("HPA: " + h.reason() + " (no forecast)");
        }
        assertThat(nan.replicaSeconds()).isEqualTo(hpa.replicaSeconds());
        assertThat(nan.droppedRequests()).isEqualTo(hpa.droppedRequests());
        assertThat(nan.cost()).isEqualTo(hpa.cost());
    }

    @Test
    void predictive_seasonalNaiveOnADailyPeak_scalesAheadOnTheSecondDayOnly() {
        double day = 86400;
        double peak = 12 * HOUR;
        Workload dailyPeak =
                new Workload() {
                    @Override
                    public double rate(double t) {
                        double inDay = t % day;
                        return inDay >= peak && inDay < peak + HOUR ? 40 : 4;
                    }

                    @Override
                    public double duration() {
                        return 2 * day;
                    }
                };
        ClusterModel model =
                Services.model(
                        Services.web(
                                1,
                                new LoadSpec.Constant(4),
                                Optional.of(Services.cpuHpa(1, 10, 50))),
                        2 * day,
                        1);

        List<ScalingDecision> ups =
                Simulation.builder(model)
                        .workload("web", dailyPeak)
                        .predictive("web", SeasonalNaiveForecaster::daily)
                        .build()
                        .run()
                        .services()
                        .get(0)
                        .decisions()
                        .stream()
                        .filter(d -> d.to() > d.from())
                        .toList();

        assertThat(ups.get(0).time()).isGreaterThanOrEqualTo(peak);
        assertThat(ups.get(0).reason()).startsWith("HPA: ").endsWith("(no forecast)");
        ScalingDecision secondDay =
                ups.stream().filter(d -> d.time() > day).findFirst().orElseThrow();
        assertThat(secondDay.time()).isBetween(day + peak - 70, day + peak - 40);
        assertThat(secondDay.reason()).startsWith("predicted 2400 req/min");
    }

    @Test
    void predictive_serviceWithoutHpa_isRefusedNamingTheService() {
        ClusterModel fixed =
                Services.model(
                        Services.web(2, new LoadSpec.Constant(4), Optional.empty()), HOUR, 1);

        assertThatThrownBy(
                        () ->
                                Simulation.builder(fixed)
                                        .predictive("web", PredictiveSimulationTest::oracle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service 'web' has no HPA");
    }

    @Test
    void predictive_unknownService_isRefused() {
        assertThatThrownBy(
                        () ->
                                Simulation.builder(stepModel())
                                        .predictive("api", PredictiveSimulationTest::oracle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no service named 'api'");
    }

    @Test
    void predictive_withACustomAutoscalerToo_isRefusedAtBuild() {
        HpaSpec hpa = Services.cpuHpa(1, 10, 50);
        SimulationBuilder builder =
                Simulation.builder(stepModel())
                        .autoscaler("web", () -> HpaAutoscaler.of(hpa), Duration.ofSeconds(15))
                        .predictive("web", PredictiveSimulationTest::oracle);

        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("services[0]")
                .hasMessageContaining("both a custom autoscaler and a predictive one");
    }

    @Test
    void predictive_hpaOnlyOnAnExternalValue_isRefusedNamingTheMetrics() {
        HpaSpec hpa =
                new HpaSpec(
                        1,
                        10,
                        List.of(
                                new MetricSpec(
                                        MetricSpec.MetricSource.EXTERNAL,
                                        "requests_per_second",
                                        MetricSpec.TargetType.VALUE,
                                        100)),
                        Optional.empty(),
                        HpaSpec.ControllerSettings.upstreamDefaults());
        ClusterModel model =
                Services.model(
                        Services.web(1, new LoadSpec.Constant(4), Optional.of(hpa)), HOUR, 1);

        assertThatThrownBy(
                        () ->
                                Simulation.builder(model)
                                        .predictive("web", PredictiveSimulationTest::oracle)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("services[0].autoscaler.metrics")
                .hasMessageContaining("no metric gives a per-replica request rate");
    }

    @Test
    void requestsPerReplica_cpuTarget_isTheQueueUtilisationWhereCpuMeetsTheTarget() {
        ServiceModel nasaLike =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .capacityRps(25)
                        .concurrency(2)
                        .cpuRequest(0.5)
                        .cpuIdle(0.025)
                        .cpuAtCapacity(0.5)
                        .load(new LoadSpec.Constant(1))
                        .autoscaler(Services.cpuHpa(2, 20, 60))
                        .build();
        HpaSpec hpa = nasaLike.autoscaler().orElseThrow();

        // 60 % of 500m is 300m; CPU reaches it at (0.300 - 0.025) / 0.475 of 25 rps.
        assertThat(PredictivePlans.requestsPerReplica(nasaLike, hpa))
                .isCloseTo(25 * 0.275 / 0.475, within(1e-9));
    }

    @Test
    void requestsPerReplica_cpuAndRequestsTargets_takesTheSmallerRate() {
        HpaSpec hpa =
                new HpaSpec(
                        1,
                        10,
                        List.of(
                                MetricSpec.cpuUtilization(80),
                                new MetricSpec(
                                        MetricSpec.MetricSource.PODS,
                                        "requests_per_second",
                                        MetricSpec.TargetType.AVERAGE_VALUE,
                                        3)),
                        Optional.empty(),
                        HpaSpec.ControllerSettings.upstreamDefaults());
        ServiceModel web = Services.web(1, new LoadSpec.Constant(4), Optional.of(hpa));

        assertThat(PredictivePlans.requestsPerReplica(web, hpa)).isEqualTo(3);
    }

    @Test
    void leadTime_isP90StartupPlusP90ReadinessPlusSync() {
        ServiceModel web =
                Services.web(1, new LoadSpec.Constant(4), Optional.empty()).toBuilder()
                        .startup(new Distribution.LogNormal(40, 90))
                        .readiness(new Distribution.Uniform(0, 10))
                        .build();

        assertThat(PredictivePlans.leadTimeSeconds(web, 15)).isCloseTo(90 + 9 + 15, within(1e-9));
    }

    /** A forecaster that never has enough history. */
    private static final class NaNForecaster implements LoadForecaster {
        @Override
        public void observe(Instant minuteStart, double requestsPerMinute) {}

        @Override
        public int[] horizons() {
            return new int[] {1, 5, 15};
        }

        @Override
        public double forecast(int minutesAhead) {
            return Double.NaN;
        }
    }
}
