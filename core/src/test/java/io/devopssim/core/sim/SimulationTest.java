package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import io.devopssim.core.fluid.ErlangC;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.Workload;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.sim.TimeSeries.Column;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final double HOUR = 3600;

    @Test
    void fixedReplicas_moderateLoad_matchesMmcAndBillsEveryReplicaHour() {
        // M/M/2 with λ = 10, μ = 10 per server: a = 1 Erlang, P(wait) = 1/3, mean wait
        // C / (cμ - λ) = (1/3) / 10, so the mean response time is 0.1 + 1/30 s. With cμ - λ = μ
        // a waiting request's response time is Erlang-2: P(T > t) = (1 - C) e^-μt + C e^-μt (1 +
        // μt),
        // at t = 0.5 s: (2/3 + 2) e^-5 = 1.8 % slower than 500 ms, so the 99 % SLO is missed.
        ClusterModel model =
                Services.model(
                        Services.web(2, new LoadSpec.Constant(10), Optional.empty()), HOUR, 1);

        ServiceResult web = Simulation.builder(model).build().run().services().get(0);

        assertThat(web.arrivedRequests()).isCloseTo(36_000, within(1e-6));
        assertThat(web.droppedRequests()).isLessThan(1e-6);
        assertThat(web.latency().mean()).isCloseTo(0.1 + 1.0 / 30, within(1e-9));
        assertThat(web.replicaSeconds()).isEqualTo(2 * HOUR);
        assertThat(web.cost()).isCloseTo(2 * 0.1, within(1e-12));
        assertThat(web.latencyAttainment()).isCloseTo(1 - 8.0 / 3 * Math.exp(-5), within(1e-9));
        assertThat(web.sloViolatedSeconds()).isEqualTo(HOUR);
        assertThat(web.decisions()).isEmpty();
    }

    @Test
    void fixedReplicas_constantLoad_runPercentilesAreTheStepsExactQuantiles() {
        ClusterModel model =
                Services.model(
                        Services.web(3, new LoadSpec.Constant(20), Optional.empty()), HOUR, 1);

        LatencySummary latency =
                Simulation.builder(model).build().run().services().get(0).latency();

        // Every step has the same M/M/3 distribution (λ 20, μ 10), so the run's percentiles are
        // its quantiles, to the histogram's three significant digits.
        assertThat(latency.p50())
                .isCloseTo(
                        ErlangC.responseTimeQuantile(3, 20, 10, 0.5), within(1e-3 * latency.p50()));
        assertThat(latency.p90())
                .isCloseTo(
                        ErlangC.responseTimeQuantile(3, 20, 10, 0.9), within(1e-3 * latency.p90()));
        assertThat(latency.p99())
                .isCloseTo(
                        ErlangC.responseTimeQuantile(3, 20, 10, 0.99),
                        within(1e-3 * latency.p99()));
        assertThat(latency.p999())
                .isCloseTo(
                        ErlangC.responseTimeQuantile(3, 20, 10, 0.999),
                        within(1e-3 * latency.p999()));
    }

    @Test
    void fixedReplicas_overload_dropsTheExcessAndMissesTheSloEveryStep() {
        ClusterModel model =
                Services.model(
                        Services.web(1, new LoadSpec.Constant(30), Optional.empty()), HOUR, 1);

        ServiceResult web = Simulation.builder(model).build().run().services().get(0);

        assertThat(web.servedRequests()).isCloseTo(10 * HOUR, within(1e-6));
        assertThat(web.droppedRequests()).isCloseTo(20 * HOUR, within(1e-6));
        assertThat(web.availability()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(web.sloViolatedSeconds()).isEqualTo(HOUR);
    }

    @Test
    void traceGap_isCountedApartAndNotJudged() {
        Workload withGap =
                new Workload() {
                    @Override
                    public double rate(double t) {
                        return t >= 600 && t < 1200 ? Double.NaN : 5;
                    }

                    @Override
                    public double duration() {
                        return HOUR;
                    }
                };
        ClusterModel model =
                Services.model(
                        Services.web(1, new LoadSpec.Constant(5), Optional.empty()), HOUR, 1);

        SimulationResult result = Simulation.builder(model).workload("web", withGap).build().run();

        ServiceResult web = result.services().get(0);
        assertThat(web.gapSeconds()).isEqualTo(600);
        assertThat(web.arrivedRequests()).isCloseTo(5 * (HOUR - 600), within(1e-6));
        TimeSeries series = web.series().orElseThrow();
        assertThat(series.value(Column.ARRIVAL_RPS, 600 / 15)).isNaN();
        assertThat(series.value(Column.ARRIVAL_RPS, 1200 / 15)).isEqualTo(5);
    }

    @Test
    void hpa_loadStep_scalesUpAndNewPodsServeOnlyOnceReady() {
        HpaSpec hpa = Services.cpuHpa(1, 10, 50);
        ClusterModel model =
                Services.model(
                        Services.web(1, new LoadSpec.Step(4, 40, 600), Optional.of(hpa)), HOUR, 1);

        ServiceResult web = Simulation.builder(model).build().run().services().get(0);

        ScalingDecision first = web.decisions().get(0);
        assertThat(first.to()).isGreaterThan(first.from());
        assertThat(first.time()).isBetween(615.0, 645.0);
        TimeSeries series = web.series().orElseThrow();
        int decided = (int) (first.time() / 15);
        // Start-up 30 s plus readiness 10 s: not ready 30 s later, ready 45 s later.
        assertThat(series.value(Column.READY_REPLICAS, decided + 2)).isEqualTo(1);
        assertThat(series.value(Column.READY_REPLICAS, decided + 3)).isEqualTo(first.to());
        assertThat(web.peakReplicas()).isBetween(8, 10);
    }

    @Test
    void unsupportedMetric_isRefusedWithItsPath() {
        HpaSpec hpa =
                new HpaSpec(
                        1,
                        10,
                        List.of(
                                MetricSpec.cpuUtilization(50),
                                new MetricSpec(
                                        MetricSource.EXTERNAL, "queue_depth", TargetType.VALUE, 5)),
                        Optional.empty(),
                        HpaSpec.ControllerSettings.upstreamDefaults());
        ClusterModel model =
                Services.model(
                        Services.web(1, new LoadSpec.Constant(4), Optional.of(hpa)), HOUR, 1);

        assertThatThrownBy(() -> Simulation.builder(model).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("services[0].autoscaler.metrics[1]")
                .hasMessageContaining("queue_depth");
    }

    @Test
    void cancel_fromProgress_endsEarlyAndSaysSo() {
        ClusterModel model =
                Services.model(
                        Services.web(2, new LoadSpec.Constant(10), Optional.empty()), HOUR, 1);
        Simulation simulation = Simulation.builder(model).build();

        SimulationResult result =
                simulation.run(
                        (done, total) -> {
                            if (done >= total / 2) {
                                simulation.cancel();
                            }
                        });

        assertThat(result.completed()).isFalse();
        assertThat(result.durationSeconds()).isLessThan(HOUR);
        assertThat(result.services().get(0).replicaSeconds()).isLessThan(2 * HOUR);
    }

    @Test
    void customAutoscaler_askingForTooMany_isHeldAtTheServiceBounds() {
        HpaSpec hpa = Services.cpuHpa(1, 4, 50);
        ClusterModel model =
                Services.model(
                        Services.web(1, new LoadSpec.Constant(4), Optional.of(hpa)), HOUR, 1);

        ServiceResult web =
                Simulation.builder(model)
                        .autoscaler("web", () -> input -> 1000, java.time.Duration.ofSeconds(15))
                        .build()
                        .run()
                        .services()
                        .get(0);

        assertThat(web.peakReplicas()).isEqualTo(4);
        assertThat(web.decisions()).hasSize(1);
    }

    @Test
    void customAutoscaler_negativeAnswer_failsNamingServiceAndValue() {
        ClusterModel model =
                Services.model(
                        Services.web(1, new LoadSpec.Constant(4), Optional.empty()), HOUR, 1);
        Simulation simulation =
                Simulation.builder(model)
                        .autoscaler("web", () -> input -> -1, java.time.Duration.ofSeconds(15))
                        .build();

        assertThatThrownBy(simulation::run)
                .isInstanceOf(io.devopssim.core.SimulationException.class)
                .hasMessageContaining("'web'")
                .hasMessageContaining("-1");
    }

    @Test
    void tooManySteps_isRefusedBeforeRunning() {
        ClusterModel model =
                Services.model(
                        Services.web(1, new LoadSpec.Constant(4), Optional.empty()),
                        36_500 * 86_400.0,
                        1);

        assertThatThrownBy(() -> Simulation.builder(model).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("time series")
                .hasMessageContaining("210240000 steps");
        assertThat(Simulation.builder(model).recordSeries(false).build().durationSeconds())
                .isEqualTo(36_500 * 86_400.0);
    }

    @Test
    void cloudBootStartup_takesTheCataloguesBootTimePlusTheExtra() {
        HpaSpec hpa = Services.cpuHpa(1, 10, 50);
        ServiceModel service =
                Services.web(1, new LoadSpec.Step(4, 40, 600), Optional.of(hpa)).toBuilder()
                        .startup(new Distribution.CloudBoot(10))
                        .build();
        Pricing catalogue =
                new Pricing() {
                    @Override
                    public ReplicaPrice price(String provider, String region, String type) {
                        return ReplicaPrice.perSecond(0.1, "test");
                    }

                    @Override
                    public Optional<Distribution> bootTime(
                            String provider, String region, String type) {
                        return Optional.of(new Distribution.Fixed(20));
                    }
                };

        ServiceResult web =
                Simulation.builder(Services.model(service, HOUR, 1))
                        .pricing(catalogue)
                        .build()
                        .run()
                        .services()
                        .get(0);

        // Boot 20 s + 10 s, then readiness 10 s: as the fixed 30 s start-up of the HPA test.
        int decided = (int) (web.decisions().get(0).time() / 15);
        TimeSeries series = web.series().orElseThrow();
        assertThat(series.value(Column.READY_REPLICAS, decided + 2)).isEqualTo(1);
        assertThat(series.value(Column.READY_REPLICAS, decided + 3))
                .isEqualTo(web.decisions().get(0).to());
    }

    @Test
    void cloudBootStartup_withoutABootTime_isRefusedWithItsPath() {
        ServiceModel service =
                Services.web(1, new LoadSpec.Constant(4), Optional.empty()).toBuilder()
                        .startup(new Distribution.CloudBoot(10))
                        .build();

        assertThatThrownBy(
                        () ->
                                Simulation.builder(Services.model(service, HOUR, 1))
                                        .pricing((p, r, t) -> ReplicaPrice.perSecond(0.1, "test"))
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("services[0].startup")
                .hasMessageContaining("aws/us-east-1/m5.large");
    }

    @Test
    void cpuTargetAboveWhatAReplicaCanUse_isWarnedAbout() {
        HpaSpec hpa = Services.cpuHpa(1, 10, 60);
        ServiceModel service =
                Services.web(1, new LoadSpec.Constant(4), Optional.of(hpa)).toBuilder()
                        .cpuRequest(2.0)
                        .cpuAtCapacity(1.0)
                        .build();

        Simulation simulation = Simulation.builder(Services.model(service, HOUR, 1)).build();

        assertThat(simulation.warnings())
                .containsExactly(
                        "service 'web' can never scale up on CPU: at full load a replica uses 50%"
                                + " of its request, not above the target 60% plus tolerance");
        assertThat(
                        Simulation.builder(
                                        Services.model(
                                                Services.web(
                                                        1,
                                                        new LoadSpec.Constant(4),
                                                        Optional.of(hpa)),
                                                HOUR,
                                                1))
                                .build()
                                .warnings())
                .isEmpty();
    }
}
