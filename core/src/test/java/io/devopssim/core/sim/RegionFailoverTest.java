package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.failure.FailureEvent;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.FailureStarted;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.kernel.SimEvent;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.AnycastSettings;
import io.devopssim.core.routing.HealthCheck;
import io.devopssim.core.routing.RoutingAnswerChanged;
import io.devopssim.core.routing.RoutingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RegionFailoverTest {

    private static final double FAIL_AT = 600;
    private static final double HALF_LOAD = 100;

    private static SimulationResult run(Traffic traffic, double step) {
        return run(traffic, step, Slo.defaults());
    }

    private static SimulationResult run(Traffic traffic, double step, Slo slo) {
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(20), traffic, 1800, step)
                        .slo(slo)
                        .failures(TwoRegions.regionDies("us-east-1", FAIL_AT))
                        .build();
        return Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();
    }

    @Test
    void regionOutage_route53Settings_failsRateShareTimesDetectionPlusHalfTtl() {
        // Checks every 30 s from phase 0, threshold 3: a failure at 600 s (a check instant) is
        // seen by the checks at 600, 630 and 660, so detection D = 60 s. Then clients move
        // linearly over one TTL (60 s): failed = rate × (D + TTL / 2) = 100 × 90 = 9,000.
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));

        ServiceResult web = run(traffic, 1).services().get(0);

        RegionResult east = web.regions().get(0);
        assertThat(east.failedByOutageRequests()).isCloseTo(9_000, within(9_000 * 0.02));
        assertThat(web.failedByOutageRequests()).isEqualTo(east.failedByOutageRequests());
        assertThat(web.regions().get(1).failedByOutageRequests()).isZero();
        FailoverResult failover = web.failovers().get(0);
        assertThat(failover.failedRegions()).containsExactly("us-east-1");
        assertThat(failover.detectedAt().getAsDouble()).isCloseTo(FAIL_AT + 60, within(1e-6));
        // D + TTL, minus at most TTL / 1000 for the finite resolver population
        assertThat(failover.trafficMovedAt().getAsDouble())
                .isBetween(FAIL_AT + 119.9, FAIL_AT + 120.0);
        assertThat(failover.failedRequests())
                .isCloseTo(east.failedByOutageRequests(), within(1e-6));
    }

    @Test
    void regionOutage_serviceSeries_droppedColumnLeavesOutRequestsSentToTheDeadRegion() {
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));

        ServiceResult web = run(traffic, 15).services().get(0);

        TimeSeries series = web.series().orElseThrow();
        double dropped = 0;
        double arrived = 0;
        double served = 0;
        for (int i = 0; i < series.size(); i++) {
            dropped += series.value(TimeSeries.Column.DROPPED_RPS, i) * 15;
            arrived += series.value(TimeSeries.Column.ARRIVAL_RPS, i) * 15;
            served += series.value(TimeSeries.Column.SERVED_RPS, i) * 15;
        }
        // The column is "dropped or timed out": the regions' drops, which the result sums; the
        // requests sent to us-east-1 while it was dead are counted apart, as failed by outage.
        assertThat(web.failedByOutageRequests()).isGreaterThan(1_000);
        assertThat(dropped).isCloseTo(web.droppedRequests(), within(1e-6 * arrived));
        assertThat(arrived - served - dropped)
                .isCloseTo(web.failedByOutageRequests(), within(1e-6 * arrived));
    }

    @Test
    void regionOutage_bothRegionsDeadThenTheLoadStops_noRtoFromTheIdleSteps() {
        // Both regions die at 600 s and never recover: nothing is served from then on. The load
        // stops at 1,200 s; steps without requests are no evidence that the service recovered.
        ServiceModel.Builder web = TwoRegions.web(20).load(new LoadSpec.Step(200, 0, 1200));
        Failures both =
                Failures.scheduled(
                        List.of(
                                new ScheduledFailure(
                                        FailureKind.REGION_OUTAGE,
                                        "us-east-1",
                                        FAIL_AT,
                                        Double.POSITIVE_INFINITY),
                                new ScheduledFailure(
                                        FailureKind.REGION_OUTAGE,
                                        "europe-west1",
                                        FAIL_AT,
                                        Double.POSITIVE_INFINITY)));
        ClusterModel model =
                TwoRegions.model(web, TwoRegions.geoDns(), 1800, 15).failures(both).build();

        ServiceResult result =
                Simulation.builder(model)
                        .pricing(TwoRegions.PRICING)
                        .build()
                        .run()
                        .services()
                        .get(0);

        assertThat(result.failovers()).isNotEmpty();
        assertThat(result.failovers()).allMatch(f -> f.rtoSeconds().isEmpty());
    }

    @Test
    void regionOutage_survivorScalesThroughItsHpa_andRtoIsReported() {
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));

        // Served from Belgium, New York users add about 84 ms: P(R > 0.5 s - 84 ms) = exp(-4.2),
        // 1.5 %, breaks the default 99 % under 500 ms for good; 600 ms leaves 0.4 % slow
        ServiceResult web = run(traffic, 5, new Slo(0.6, 0.99, 0.999)).services().get(0);

        RegionResult europe = web.regions().get(1);
        // 200 rps at 50 % CPU of 10 rps replicas needs 40 replicas; it starts with 20
        assertThat(europe.peakReplicas()).isGreaterThanOrEqualTo(40);
        assertThat(europe.decisions()).isNotEmpty();
        assertThat(web.regions().get(0).decisions()).isEmpty();
        FailoverResult failover = web.failovers().get(0);
        double moved = failover.trafficMovedAt().getAsDouble() - FAIL_AT;
        assertThat(failover.rtoSeconds()).isPresent();
        // the SLO cannot be met while a share of the traffic still fails
        assertThat(failover.rtoSeconds().getAsDouble()).isGreaterThanOrEqualTo(moved - 60);
        assertThat(failover.capacityRecoveredAt()).isPresent();
        assertThat(failover.capacityRecoveredAt().getAsDouble()).isGreaterThan(FAIL_AT + 40);
    }

    @Test
    void regionOutage_capacityRecovered_atTheFirstStepTheSurvivorCarriesTheLoadAtTheHpaTarget() {
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));

        ServiceResult web = run(traffic, 5, new Slo(0.6, 0.99, 0.999)).services().get(0);

        // No idle CPU, so the HPA's 50 % CPU is 50 % of a 10 rps replica: the 200 rps need
        // 200 / 5 = 40 ready replicas in europe-west1
        double at = web.failovers().get(0).capacityRecoveredAt().orElseThrow();
        TimeSeries europe = web.regions().get(1).series().orElseThrow();
        int i = (int) Math.round(at / 5);
        assertThat(europe.value(TimeSeries.Column.READY_REPLICAS, i)).isGreaterThanOrEqualTo(40);
        assertThat(europe.value(TimeSeries.Column.READY_REPLICAS, i - 1)).isLessThan(40);
    }

    @Test
    void regionOutage_fixedSurvivorsEnoughAtTheDefaultTarget_recoveredAtTheFailure() {
        // Without an autoscaler the target is 0.7: 29 x 10 x 0.7 = 203 >= 200 rps, though the
        // survivor has fewer replicas than the 49 running before
        FailoverResult f = fixedRun(29).services().get(0).failovers().get(0);

        assertThat(f.capacityRecoveredAt()).hasValue(FAIL_AT);
    }

    @Test
    void regionOutage_fixedSurvivorsShortAtTheDefaultTarget_neverRecovered() {
        // 28 x 10 x 0.7 = 196 < 200 rps, and nothing adds replicas
        FailoverResult f = fixedRun(28).services().get(0).failovers().get(0);

        assertThat(f.capacityRecoveredAt()).isEmpty();
    }

    private static SimulationResult fixedRun(int europeReplicas) {
        ServiceModel.Builder web =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .cpuRequest(1)
                        .capacityRps(10)
                        .load(new LoadSpec.Constant(200))
                        .startup(new Distribution.Fixed(30))
                        .readiness(new Distribution.Fixed(10))
                        .placement(Placement.of("aws", TwoRegions.US_EAST.id(), 20, 20, 20))
                        .placement(
                                Placement.of(
                                        "gcp",
                                        TwoRegions.EU_WEST.id(),
                                        europeReplicas,
                                        europeReplicas,
                                        europeReplicas));
        ClusterModel model =
                TwoRegions.model(web, TwoRegions.geoDns(), 1200, 5)
                        .failures(TwoRegions.regionDies("us-east-1", FAIL_AT))
                        .build();
        return Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();
    }

    @Test
    void regionOutage_anycast_movesTrafficWithinTenToTwentySeconds() {
        // 5 s checks, threshold 2, random phase: detection in [5, 10] s; 5 s convergence
        Traffic traffic =
                Traffic.of(RoutingPolicy.ANYCAST, TwoRegions.sources())
                        .withAnycast(new AnycastSettings(5));

        ServiceResult web = run(traffic, 1).services().get(0);

        FailoverResult failover = web.failovers().get(0);
        double moved = failover.trafficMovedAt().getAsDouble() - FAIL_AT;
        assertThat(moved).isBetween(10.0, 20.0);
        double detection = failover.detectedAt().getAsDouble() - FAIL_AT;
        assertThat(detection).isBetween(5.0, 10.0);
        // failed = rate × (D + convergence / 2), to within one 1 s step of the rate
        assertThat(failover.failedRequests())
                .isCloseTo(HALF_LOAD * (detection + 2.5), within(HALF_LOAD * 1.0));
    }

    @Test
    void regionOutage_networkLatency_europeansMoveFurtherAway() {
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));

        ServiceResult web = run(traffic, 5).services().get(0);

        // Americans served from Europe after the failure: the surviving region's mean round trip
        // grows past the short Paris-Belgium one, and the dead region's stays short
        RegionResult east = web.regions().get(0);
        RegionResult europe = web.regions().get(1);
        assertThat(east.meanNetworkMillis()).isLessThan(20);
        assertThat(europe.meanNetworkMillis()).isGreaterThan(20);
    }

    @Test
    void regionOutage_timelineHasFailureDetectionAndRoutingChanges() {
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));

        SimulationResult result = run(traffic, 5);

        assertThat(result.timeline())
                .extracting(TimelineEvent::kind)
                .containsSubsequence("failure-started", "region-unhealthy", "routing-changed");
        assertThat(result.timeline().get(0).time()).isEqualTo(FAIL_AT);
        assertThat(result.costByLocation()).containsOnlyKeys("aws/us-east-1", "gcp/europe-west1");
    }

    @Test
    void regionRecovers_podsRestartThroughStartUp_andTrafficMovesBack() {
        // us-east-1 is down from 600 s to 900 s; checks every 30 s from phase 0 need 3 passes
        // (900, 930, 960) to mark it healthy, then clients move back over one TTL
        ClusterModel model =
                TwoRegions.model(
                                TwoRegions.web(20),
                                TwoRegions.geoDns()
                                        .withHealthCheck(HealthCheck.route53().withPhase(0)),
                                1800,
                                5)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.REGION_OUTAGE,
                                                        "us-east-1",
                                                        FAIL_AT,
                                                        300))))
                        .build();

        SimulationResult result =
                Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();

        TimeSeries east = result.services().get(0).regions().get(0).series().orElseThrow();
        assertThat(east.value(TimeSeries.Column.REPLICAS, 899 / 5)).isZero();
        assertThat(east.value(TimeSeries.Column.REPLICAS, 900 / 5)).isEqualTo(20);
        assertThat(east.value(TimeSeries.Column.READY_REPLICAS, 935 / 5)).isZero();
        assertThat(east.value(TimeSeries.Column.READY_REPLICAS, 940 / 5)).isEqualTo(20);
        assertThat(result.timeline())
                .filteredOn(e -> e.kind().equals("region-healthy"))
                .singleElement()
                .satisfies(e -> assertThat(e.time()).isEqualTo(960));
        assertThat(east.value(TimeSeries.Column.ARRIVAL_RPS, 1100 / 5)).isEqualTo(HALF_LOAD);
        assertThat(result.services().get(0).failovers().get(0).recoveredAt()).hasValue(900);
    }

    @Test
    void cloudOutage_takesDownTheRegionsOfThatCloud() {
        ClusterModel model =
                TwoRegions.model(
                                TwoRegions.web(20),
                                TwoRegions.geoDns()
                                        .withHealthCheck(HealthCheck.route53().withPhase(0)),
                                1800,
                                5)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.CLOUD_OUTAGE,
                                                        "gcp",
                                                        FAIL_AT,
                                                        Double.POSITIVE_INFINITY))))
                        .build();

        ServiceResult web =
                Simulation.builder(model)
                        .pricing(TwoRegions.PRICING)
                        .build()
                        .run()
                        .services()
                        .get(0);

        assertThat(web.failovers().get(0).failedRegions()).containsExactly("europe-west1");
        assertThat(web.regions().get(1).failedByOutageRequests()).isPositive();
        assertThat(web.regions().get(0).failedByOutageRequests()).isZero();
    }

    @Test
    void onEvent_listenersReceiveFailureAndRoutingEventsOfEveryRun() {
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(20), TwoRegions.geoDns(), 1800, 15)
                        .failures(TwoRegions.regionDies("us-east-1", FAIL_AT))
                        .build();
        List<SimEvent> seen = new ArrayList<>();
        Simulation simulation =
                Simulation.builder(model)
                        .pricing(TwoRegions.PRICING)
                        .onEvent(FailureEvent.class, seen::add)
                        .onEvent(RoutingAnswerChanged.class, seen::add)
                        .build();

        simulation.run();
        simulation.run();

        assertThat(seen)
                .hasSize(4)
                .hasOnlyElementsOfTypes(FailureStarted.class, RoutingAnswerChanged.class);
    }

    @Test
    void regionOutage_route53DefaultsOverSeeds_fullRecoveryWithinTwoAndAHalfMinutes() {
        // random check phase: detection D in [60, 90] s, full recovery D + TTL in [120, 150] s,
        // failed requests rate × (D + TTL / 2) with D as detected
        for (long seed = 1; seed <= 10; seed++) {
            ClusterModel model =
                    TwoRegions.model(TwoRegions.web(20), TwoRegions.geoDns(), 900, 1)
                            .failures(TwoRegions.regionDies("us-east-1", FAIL_AT))
                            .run(new RunSettings(seed, OptionalDouble.of(900), 1))
                            .build();
            FailoverResult f =
                    Simulation.builder(model)
                            .pricing(TwoRegions.PRICING)
                            .build()
                            .run()
                            .services()
                            .get(0)
                            .failovers()
                            .get(0);

            double detection = f.detectedAt().getAsDouble() - FAIL_AT;
            assertThat(detection).isBetween(60.0, 90.0);
            assertThat(f.trafficMovedAt().getAsDouble() - FAIL_AT)
                    .isBetween(119.9, 150.0)
                    .isCloseTo(detection + 60, within(0.1));
            assertThat(f.failedRequests())
                    .isCloseTo(HALF_LOAD * (detection + 30), within(HALF_LOAD * 1.0));
        }
    }

    @Test
    void overlappingFailures_eachCountsOnlyTheRequestsFailedInItsOwnRegions() {
        // From a run where a zone outage in europe-west1 overlapping a us-east-1 outage was
        // reported with the region outage's failed requests.
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(20), traffic, 1800, 1)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.ZONE_OUTAGE,
                                                        "europe-west1-b",
                                                        500,
                                                        1000),
                                                new ScheduledFailure(
                                                        FailureKind.REGION_OUTAGE,
                                                        "us-east-1",
                                                        FAIL_AT,
                                                        600))))
                        .build();

        ServiceResult web =
                Simulation.builder(model)
                        .pricing(TwoRegions.PRICING)
                        .build()
                        .run()
                        .services()
                        .get(0);

        assertThat(web.failovers()).hasSize(2);
        FailoverResult zone = web.failovers().get(0);
        FailoverResult region = web.failovers().get(1);
        assertThat(zone.failedRegions()).isEmpty();
        assertThat(zone.failedRequests()).isZero();
        assertThat(web.failedByOutageRequests()).isPositive();
        assertThat(region.failedRequests())
                .isCloseTo(web.regions().get(0).failedByOutageRequests(), within(1e-6));
    }

    @Test
    void timeline_oneNodeLost_saysOneComponentInTheSingular() {
        // From a run whose timeline read "1 components down" and "1 up" for one lost node.
        ClusterModel model =
                TwoRegions.model(
                                TwoRegions.web(2)
                                        .placements(
                                                List.of(
                                                        Placement.of("aws", "us-east-1", 1, 3, 2)
                                                                .withZones(List.of("us-east-1a"))
                                                                .withNodesPerZone(2),
                                                        Placement.of(
                                                                "gcp", "europe-west1", 1, 3, 2))),
                                TwoRegions.geoDns(),
                                600,
                                15)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.NODE_LOSS,
                                                        "us-east-1a-node-1",
                                                        60,
                                                        60))))
                        .build();

        SimulationResult result =
                Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();

        assertThat(result.timeline())
                .extracting(TimelineEvent::detail)
                .contains("scheduled, 1 component down, recovers at 120.0 s")
                .contains("after 60.0 s, 1 component up");
    }

    @Test
    void build_stepLongerThanTheTtl_warnsThatFailedRequestsAreCoarse() {
        // From a run at a 5 min step: 30,000 failed requests against the formula's 9,000, silently.
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));
        ClusterModel coarse =
                TwoRegions.model(TwoRegions.web(20), traffic, 1800, 300)
                        .failures(TwoRegions.regionDies("us-east-1", FAIL_AT))
                        .build();
        ClusterModel fine =
                TwoRegions.model(TwoRegions.web(20), traffic, 1800, 15)
                        .failures(TwoRegions.regionDies("us-east-1", FAIL_AT))
                        .build();

        List<String> warned =
                Simulation.builder(coarse).pricing(TwoRegions.PRICING).build().warnings();
        List<String> quiet =
                Simulation.builder(fine).pricing(TwoRegions.PRICING).build().warnings();

        assertThat(warned).singleElement().asString().contains("run.step (300 s)").contains("30 s");
        assertThat(quiet).isEmpty();
    }
}
