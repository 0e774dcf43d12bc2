package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.failure.FailureKind;
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
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ZoneOutageTest {

    private static final double STEP = 5;

    /** Four fixed replicas in us-east-1, start-up 30 s and readiness 10 s, 20 rps. */
    private static TimeSeries series(List<String> zones, String failing) {
        return series(zones, 0, FailureKind.ZONE_OUTAGE, failing);
    }

    private static TimeSeries series(
            List<String> zones, int nodes, FailureKind kind, String failing) {
        return region(zones, nodes, kind, failing).series().orElseThrow();
    }

    private static RegionResult region(
            List<String> zones, int nodes, FailureKind kind, String failing) {
        ServiceModel.Builder web =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .capacityRps(10)
                        .load(new LoadSpec.Constant(20))
                        .startup(new Distribution.Fixed(30))
                        .readiness(new Distribution.Fixed(10))
                        .placement(
                                Placement.of("aws", "us-east-1", 4, 4, 4)
                                        .withZones(zones)
                                        .withNodesPerZone(nodes));
        ScheduledFailure outage = new ScheduledFailure(kind, failing, 600, 300);
        ClusterModel model =
                ClusterModel.builder()
                        .name("zones")
                        .provider("aws")
                        .region("us-east-1")
                        .service(web)
                        .failures(Failures.scheduled(List.of(outage)))
                        .run(new RunSettings(3, OptionalDouble.of(1200), STEP))
                        .build();
        SimulationResult result =
                Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();
        return result.services().get(0).regions().get(0);
    }

    private static double at(TimeSeries series, Column column, double time) {
        return series.value(column, (int) Math.round(time / STEP));
    }

    @Test
    void zoneOutage_removesThatZonesPods_andTheReplicaSetRecreatesThemInTheOtherZone() {
        TimeSeries s = series(List.of("us-east-1a", "us-east-1b"), "us-east-1a");

        // two pods per zone; the two in us-east-1a are gone at 600 s and recreated in us-east-1b
        assertThat(at(s, Column.READY_REPLICAS, 595)).isEqualTo(4);
        assertThat(at(s, Column.READY_REPLICAS, 600)).isEqualTo(2);
        assertThat(at(s, Column.REPLICAS, 600)).isEqualTo(4);
        assertThat(at(s, Column.READY_REPLICAS, 635)).isEqualTo(2);
        assertThat(at(s, Column.READY_REPLICAS, 640)).isEqualTo(4);
        // the zone's recovery at 900 s moves nothing: the pods stay where they are
        assertThat(at(s, Column.READY_REPLICAS, 900)).isEqualTo(4);
    }

    @Test
    void zoneOutage_ofTheOnlyZone_startsNoPodUntilItRecovers() {
        TimeSeries s = series(List.of("us-east-1a"), "us-east-1a");

        assertThat(at(s, Column.REPLICAS, 600)).isZero();
        assertThat(at(s, Column.REPLICAS, 895)).isZero();
        // recovery at 900 s starts them through start-up (30 s) and readiness (10 s)
        assertThat(at(s, Column.REPLICAS, 900)).isEqualTo(4);
        assertThat(at(s, Column.READY_REPLICAS, 935)).isZero();
        assertThat(at(s, Column.READY_REPLICAS, 940)).isEqualTo(4);
    }

    @Test
    void zoneOutage_ofTheOnlyZone_failsTheRegionsTrafficByOutage_notAsDropped() {
        RegionResult r = region(List.of("us-east-1a"), 0, FailureKind.ZONE_OUTAGE, "us-east-1a");

        // the region is dead while its only zone is: 20 rps for the 300 s outage fail by outage
        assertThat(r.failedByOutageRequests()).isEqualTo(20.0 * 300);
        assertThat(at(r.series().orElseThrow(), Column.DROPPED_RPS, 700)).isZero();
    }

    @Test
    void nodeLoss_removesThatNodesPod_andItIsRecreatedOnAnotherNode() {
        // one pod on each of the four nodes; us-east-1a-node-1 is lost at 600 s for 300 s
        TimeSeries s =
                series(
                        List.of("us-east-1a", "us-east-1b"),
                        2,
                        FailureKind.NODE_LOSS,
                        "us-east-1a-node-1");

        assertThat(at(s, Column.READY_REPLICAS, 595)).isEqualTo(4);
        assertThat(at(s, Column.READY_REPLICAS, 600)).isEqualTo(3);
        assertThat(at(s, Column.REPLICAS, 600)).isEqualTo(4);
        assertThat(at(s, Column.READY_REPLICAS, 640)).isEqualTo(4);
    }

    @Test
    void zoneOutage_withNodes_takesTheZonesNodesAndTheirPods() {
        TimeSeries s =
                series(
                        List.of("us-east-1a", "us-east-1b"),
                        2,
                        FailureKind.ZONE_OUTAGE,
                        "us-east-1b");

        assertThat(at(s, Column.READY_REPLICAS, 600)).isEqualTo(2);
        assertThat(at(s, Column.READY_REPLICAS, 640)).isEqualTo(4);
    }
}
