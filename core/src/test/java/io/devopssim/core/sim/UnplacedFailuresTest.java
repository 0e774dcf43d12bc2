package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.RandomFailures;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.sim.TimeSeries.Column;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Failures reach a service without placements: it runs on the zones of the cluster's region
 * (us-east-1a and us-east-1b in the test catalogue).
 */
class UnplacedFailuresTest {

    private static final double STEP = 5;
    private static final double FAIL_AT = 600;
    private static final double STARTUP = 30;
    private static final double READINESS = 10;
    private static final double RATE = 20;
    private static final int PODS = 4;

    /** Four fixed replicas without placements, 10 rps each, 20 rps of load. */
    private static ServiceModel.Builder web() {
        return ServiceModel.builder("web")
                .instanceType("m5.large")
                .capacityRps(10)
                .minReplicas(PODS)
                .maxReplicas(PODS)
                .initialReplicas(PODS)
                .load(new LoadSpec.Constant(RATE))
                .startup(new Distribution.Fixed(STARTUP))
                .readiness(new Distribution.Fixed(READINESS));
    }

    private static ClusterModel.Builder model(ServiceModel.Builder service, double duration) {
        return ClusterModel.builder()
                .name("unplaced")
                .provider("aws")
                .region(TwoRegions.US_EAST.id())
                .service(service)
                .run(new RunSettings(3, OptionalDouble.of(duration), STEP));
    }

    private static SimulationResult run(ClusterModel model) {
        return Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();
    }

    private static SimulationResult run(ScheduledFailure... failures) {
        return run(model(web(), 1800).failures(Failures.scheduled(List.of(failures))).build());
    }

    private static double at(ServiceResult s, Column column, double time) {
        return s.series().orElseThrow().value(column, (int) Math.round(time / STEP));
    }

    @Test
    void zoneOutage_ofTheClusterRegion_removesThatZonesPods_recreatedInTheOtherZone() {
        ServiceResult web =
                run(new ScheduledFailure(FailureKind.ZONE_OUTAGE, "us-east-1a", FAIL_AT, 300))
                        .services()
                        .get(0);

        // two pods per zone: the two in us-east-1a go at once, and start again in us-east-1b
        assertThat(at(web, Column.READY_REPLICAS, FAIL_AT - STEP)).isEqualTo(PODS);
        assertThat(at(web, Column.READY_REPLICAS, FAIL_AT)).isEqualTo(PODS / 2);
        assertThat(at(web, Column.REPLICAS, FAIL_AT)).isEqualTo(PODS);
        double ready = FAIL_AT + STARTUP + READINESS;
        assertThat(at(web, Column.READY_REPLICAS, ready - STEP)).isEqualTo(PODS / 2);
        assertThat(at(web, Column.READY_REPLICAS, ready)).isEqualTo(PODS);
        assertThat(web.regions()).isEmpty();
    }

    @Test
    void regionOutage_ofTheClusterRegion_dropsEverything_untilItRecoversThroughStartUp() {
        double back = FAIL_AT + 300;
        ServiceResult web =
                run(new ScheduledFailure(FailureKind.REGION_OUTAGE, "us-east-1", FAIL_AT, 300))
                        .services()
                        .get(0);

        assertThat(at(web, Column.REPLICAS, FAIL_AT)).isZero();
        assertThat(at(web, Column.DROPPED_RPS, FAIL_AT + 100)).isEqualTo(RATE);
        assertThat(at(web, Column.REPLICAS, back)).isEqualTo(PODS);
        assertThat(at(web, Column.READY_REPLICAS, back + STARTUP + READINESS - STEP)).isZero();
        assertThat(at(web, Column.READY_REPLICAS, back + STARTUP + READINESS)).isEqualTo(PODS);
        // all arrivals from the failure until the pods are ready again are dropped
        double lost = RATE * (300 + STARTUP + READINESS);
        assertThat(web.droppedRequests()).isCloseTo(lost, within(1e-6));
    }

    @Test
    void cloudOutage_ofTheClusterCloud_takesItsPods() {
        ServiceResult web =
                run(new ScheduledFailure(FailureKind.CLOUD_OUTAGE, "aws", FAIL_AT, 300))
                        .services()
                        .get(0);

        assertThat(at(web, Column.REPLICAS, FAIL_AT + 100)).isZero();
    }

    @Test
    void scheduledPodCrash_byServiceName_crashesItsNewestPodsForStartUpAndReadiness() {
        ScheduledFailure crash = new ScheduledFailure(FailureKind.POD_CRASH, "web", FAIL_AT, 0, 3);
        SimulationResult result = run(crash);
        ServiceResult web = result.services().get(0);

        assertThat(at(web, Column.READY_REPLICAS, FAIL_AT)).isEqualTo(PODS - 3);
        assertThat(at(web, Column.REPLICAS, FAIL_AT)).isEqualTo(PODS);
        double ready = FAIL_AT + STARTUP + READINESS;
        assertThat(at(web, Column.READY_REPLICAS, ready - STEP)).isEqualTo(PODS - 3);
        assertThat(at(web, Column.READY_REPLICAS, ready)).isEqualTo(PODS);
        assertThat(result.timeline().stream().filter(e -> e.kind().equals("pod-crashed")))
                .hasSize(3);
    }

    @Test
    void scheduledPodCrash_byServiceAndClusterRegion_crashes() {
        ScheduledFailure crash =
                new ScheduledFailure(FailureKind.POD_CRASH, "web/us-east-1", FAIL_AT, 0, 1);
        ServiceResult web = run(crash).services().get(0);

        assertThat(at(web, Column.READY_REPLICAS, FAIL_AT)).isEqualTo(PODS - 1);
    }

    @Test
    void randomPodCrashes_countNearPodsTimesDurationOverMtbf() {
        double day = 86_400;
        double duration = 30 * day;
        RandomFailures crashes =
                new RandomFailures(
                        FailureKind.POD_CRASH, Optional.empty(), day, new Distribution.Fixed(0));
        ClusterModel model =
                model(web(), duration)
                        .failures(new Failures(List.of(), List.of(crashes), OptionalDouble.empty()))
                        .build();

        SimulationResult result =
                Simulation.builder(model)
                        .pricing(TwoRegions.PRICING)
                        .recordSeries(false)
                        .build()
                        .run();

        // a Poisson count of mean 4 × 30 = 120: ±33 % is 3.6 standard deviations
        double expected = PODS * duration / day;
        long count = result.timeline().stream().filter(e -> e.kind().equals("pod-crashed")).count();
        assertThat((double) count).isCloseTo(expected, within(expected / 3));
    }

    @Test
    void failureOfAPlacedRegion_leavesTheUnplacedServiceAsWithoutFailures() {
        ServiceModel.Builder api =
                web().name("api").placement(Placement.of("gcp", TwoRegions.EU_WEST.id(), 2, 2, 2));
        ClusterModel.Builder without = model(web(), 1800).service(api);
        ClusterModel.Builder with =
                model(web(), 1800)
                        .service(api)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.REGION_OUTAGE,
                                                        TwoRegions.EU_WEST.id(),
                                                        FAIL_AT,
                                                        300))));

        ServiceResult plain = run(without.build()).services().get(0);
        ServiceResult failed = run(with.build()).services().get(0);

        assertThat(failed.arrivedRequests()).isEqualTo(plain.arrivedRequests());
        assertThat(failed.servedRequests()).isEqualTo(plain.servedRequests());
        assertThat(failed.replicaSeconds()).isEqualTo(plain.replicaSeconds());
        assertThat(failed.cost()).isEqualTo(plain.cost());
        assertThat(failed.latency()).isEqualTo(plain.latency());
    }

    @Test
    void zoneNotInTheClusterRegion_isRefusedWithItsPathAndTheKnownZones() {
        ClusterModel model =
                model(web(), 1800)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.ZONE_OUTAGE,
                                                        "eu-north-1x",
                                                        FAIL_AT,
                                                        300))))
                        .build();

        assertThatThrownBy(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.problems())
                                        .singleElement()
                                        .satisfies(
                                                p -> {
                                                    assertThat(p.path())
                                                            .isEqualTo(
                                                                    "failures.scheduled[0].target");
                                                    assertThat(p.message())
                                                            .contains("eu-north-1x")
                                                            .contains("us-east-1a")
                                                            .contains("us-east-1b");
                                                }));
    }

    @Test
    void podCrashOfAnUnknownService_isRefusedNamingTheKnownTargets() {
        ClusterModel model =
                model(web(), 1800)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.POD_CRASH,
                                                        "shop",
                                                        FAIL_AT,
                                                        0,
                                                        1))))
                        .build();

        assertThatThrownBy(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            Problem p = e.problems().get(0);
                            assertThat(p.path()).isEqualTo("failures.scheduled[0].target");
                            assertThat(p.message()).contains("\"shop\"").contains("web/us-east-1");
                        });
    }

    @Test
    void nodeLoss_withoutNodes_isRefusedAtItsKind() {
        ClusterModel model =
                model(web(), 1800)
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.NODE_LOSS,
                                                        "us-east-1a-node-1",
                                                        FAIL_AT,
                                                        300))))
                        .build();

        assertThatThrownBy(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.problems())
                                        .singleElement()
                                        .satisfies(
                                                p -> {
                                                    assertThat(p.path())
                                                            .isEqualTo(
                                                                    "failures.scheduled[0].kind");
                                                    assertThat(p.message()).contains("zones only");
                                                }));
    }

    @Test
    void clusterRegionUnknownToThePricing_isRefusedAtRegion() {
        ClusterModel model =
                model(web(), 1800)
                        .region("us-west-2")
                        .failures(
                                Failures.scheduled(
                                        List.of(
                                                new ScheduledFailure(
                                                        FailureKind.POD_CRASH,
                                                        "web",
                                                        FAIL_AT,
                                                        0,
                                                        1))))
                        .build();

        assertThatThrownBy(() -> Simulation.builder(model).pricing(TwoRegions.PRICING).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.problems())
                                        .anySatisfy(
                                                p -> {
                                                    assertThat(p.path()).isEqualTo("region");
                                                    assertThat(p.message()).contains("us-west-2");
                                                }));
    }
}
