package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.HealthCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A region whose zones are all down, by separate zone outages, fails over as a region outage does.
 *
 * <p>Expected from the settings, as in {@link RegionFailoverTest}: checks every 30 s from phase 0
 * with threshold 3 see a failure at 600 s (a check instant) at 600, 630 and 660, so detection D =
 * (3 − 1) × 30 s; clients then move linearly over one TTL, so about rate × (D + TTL / 2) requests
 * fail, with rate the region's half of the 200 rps.
 */
class ZonesDownFailoverTest {

    private static final double FAIL_AT = 600;
    private static final double HALF_LOAD = 100;
    private static final HealthCheck CHECKS = HealthCheck.route53().withPhase(0);
    private static final Traffic TRAFFIC = TwoRegions.geoDns().withHealthCheck(CHECKS);
    private static final double DETECTION =
            (CHECKS.failureThreshold() - 1) * CHECKS.intervalSeconds();
    private static final double TTL = TRAFFIC.dns().ttlSeconds();

    private static ServiceResult run(ScheduledFailure... failures) {
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(20), TRAFFIC, 1800, 1)
                        .failures(Failures.scheduled(List.of(failures)))
                        .build();
        return Simulation.builder(model)
                .pricing(TwoRegions.PRICING)
                .build()
                .run()
                .services()
                .get(0);
    }

    private static ScheduledFailure zoneDown(String zone, double duration) {
        return new ScheduledFailure(FailureKind.ZONE_OUTAGE, zone, FAIL_AT, duration);
    }

    @Test
    void everyZoneDown_detectedAfterTheChecks_trafficMovedAfterOneTtl_failedAsForARegion() {
        ServiceResult web =
                run(
                        zoneDown("us-east-1a", Double.POSITIVE_INFINITY),
                        zoneDown("us-east-1b", Double.POSITIVE_INFINITY));

        // the second zone outage is the one that took the region's last zone
        FailoverResult last = web.failovers().get(1);
        assertThat(web.failovers().get(0).failedRegions()).isEmpty();
        assertThat(last.failedRegions()).containsExactly("us-east-1");
        assertThat(last.detectedAt().getAsDouble()).isCloseTo(FAIL_AT + DETECTION, within(1e-6));
        // D + TTL, minus at most TTL / 1000 for the finite resolver population
        assertThat(last.trafficMovedAt().getAsDouble())
                .isBetween(FAIL_AT + DETECTION + TTL * 0.999, FAIL_AT + DETECTION + TTL);
        double expected = HALF_LOAD * (DETECTION + TTL / 2);
        RegionResult east = web.regions().get(0);
        assertThat(east.failedByOutageRequests()).isCloseTo(expected, within(expected * 0.02));
        assertThat(last.failedRequests()).isCloseTo(east.failedByOutageRequests(), within(1e-6));
    }

    @Test
    void everyZoneDown_sameFailedRequestsAsTheRegionOutage() {
        ServiceResult zones =
                run(
                        zoneDown("us-east-1a", Double.POSITIVE_INFINITY),
                        zoneDown("us-east-1b", Double.POSITIVE_INFINITY));
        ServiceResult region =
                run(
                        new ScheduledFailure(
                                FailureKind.REGION_OUTAGE,
                                "us-east-1",
                                FAIL_AT,
                                Double.POSITIVE_INFINITY));

        assertThat(zones.regions().get(0).failedByOutageRequests())
                .isEqualTo(region.regions().get(0).failedByOutageRequests());
        assertThat(zones.failovers().get(1).trafficMovedAt())
                .isEqualTo(region.failovers().get(0).trafficMovedAt());
    }

    @Test
    void oneZoneBack_regionUpAgain_failuresStopAndItIsMarkedHealthy() {
        double back = 1200;
        ServiceResult web =
                run(
                        zoneDown("us-east-1a", back - FAIL_AT),
                        zoneDown("us-east-1b", Double.POSITIVE_INFINITY));

        // traffic had moved long before zone a came back, so the failures equal the region's
        double expected = HALF_LOAD * (DETECTION + TTL / 2);
        RegionResult east = web.regions().get(0);
        assertThat(east.failedByOutageRequests()).isCloseTo(expected, within(expected * 0.02));
        // back, healthy after the threshold's checks, and one TTL later sent its half again
        double healthyBy = back + (CHECKS.healthyThreshold() - 1) * CHECKS.intervalSeconds();
        TimeSeries series = east.series().orElseThrow();
        assertThat(series.value(TimeSeries.Column.ARRIVAL_RPS, (int) back - 1)).isZero();
        int returned = (int) (healthyBy + TTL) + 1;
        assertThat(series.value(TimeSeries.Column.ARRIVAL_RPS, returned))
                .isCloseTo(HALF_LOAD, within(1e-6));
    }

    @Test
    void someZonesDown_noFailover_noRequestFailsByOutage() {
        ServiceResult web = run(zoneDown("us-east-1a", Double.POSITIVE_INFINITY));

        assertThat(web.failovers()).hasSize(1);
        assertThat(web.failovers().get(0).failedRegions()).isEmpty();
        assertThat(web.failovers().get(0).detectedAt()).isEmpty();
        assertThat(web.failovers().get(0).trafficMovedAt()).isEmpty();
        assertThat(web.regions().get(0).failedByOutageRequests()).isZero();
    }
}
