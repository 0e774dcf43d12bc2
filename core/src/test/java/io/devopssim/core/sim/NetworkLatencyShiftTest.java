package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.cloud.NetworkLatency;
import io.devopssim.cloud.Region;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.HealthCheck;
import io.devopssim.core.routing.RoutingPolicy;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Latency seen by users of a placed service includes their round trip to the serving region.
 *
 * <p>Every region has 60 fixed replicas of 10 rps and gets at most 100 rps: the Erlang C wait
 * probability is far below 1e-15, so the queueing response time is exponential with rate 10/s
 * (median ln 2 / 10 s, P(R > t) = exp(-10 t)).
 */
class NetworkLatencyShiftTest {

    private static final double MEDIAN = Math.log(2) / 10;
    private static final ClientSource PARIS =
            ClientSource.at("paris", 1, 48.86, 2.35, ZoneId.of("Europe/Paris"));
    private static final ClientSource TOKYO =
            ClientSource.at("tokyo", 1, 35.68, 139.69, ZoneId.of("Asia/Tokyo"));
    private static final Region EU_CENTRAL = region("eu-central-1", 50.11, 8.68);
    private static final Region EU_WEST = region("eu-west-1", 53.35, -6.26);

    private static Region region(String id, double lat, double lon) {
        return new Region(id, id, lat, lon, List.of(id + "a", id + "b"));
    }

    /** Round trip by the great-circle model: none of these places has a measurement. */
    private static double rttSeconds(ClientSource source, Region region) {
        return NetworkLatency.modelledMillis(NetworkLatency.distanceKm(source.location(), region))
                / 1000;
    }

    private static ClusterModel.Builder model(
            Slo slo, ClientSource source, Region first, Region second, double duration) {
        ServiceModel.Builder web =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .cpuRequest(1)
                        .capacityRps(10)
                        .load(new LoadSpec.Constant(100))
                        .placement(Placement.of("aws", first.id(), 60, 60, 60))
                        .placement(Placement.of("aws", second.id(), 60, 60, 60));
        return ClusterModel.builder()
                .name("network")
                .provider("aws")
                .region(first.id())
                .slo(slo)
                .service(web)
                .traffic(
                        Traffic.of(RoutingPolicy.LATENCY, List.of(source))
                                .withHealthCheck(HealthCheck.route53().withPhase(0)))
                .run(new RunSettings(3, OptionalDouble.of(duration), 5));
    }

    private static ServiceResult run(ClusterModel.Builder model) {
        Pricing pricing = pricing(Map.of(EU_CENTRAL.id(), EU_CENTRAL, EU_WEST.id(), EU_WEST));
        return Simulation.builder(model.build()).pricing(pricing).build().run().services().get(0);
    }

    private static ServiceResult runFrom(ClientSource source, Slo slo) {
        return run(model(slo, source, EU_CENTRAL, EU_WEST, 1200));
    }

    @Test
    void latency_usersFarFromServingRegion_p50HigherByTheRoundTrip() {
        LatencySummary near = runFrom(PARIS, Slo.defaults()).latency();
        LatencySummary far = runFrom(TOKYO, Slo.defaults()).latency();

        // both are served from Frankfurt, the nearer of the two regions for each
        double extra = rttSeconds(TOKYO, EU_CENTRAL) - rttSeconds(PARIS, EU_CENTRAL);
        assertThat(extra).isGreaterThan(0.1);
        assertThat(near.p50()).isCloseTo(MEDIAN + rttSeconds(PARIS, EU_CENTRAL), within(2e-4));
        assertThat(far.p50() - near.p50()).isCloseTo(extra, within(5e-4));
        assertThat(far.mean() - near.mean()).isCloseTo(extra, within(1e-9));
    }

    @Test
    void slo_roundTripPushesRequestsOverThreshold_attainmentIsShiftedExponentialTail() {
        // 300 ms threshold, 90 % target. Without network 1 - exp(-3) = 95.0 % meet it.
        Slo slo = new Slo(0.3, 0.9, 0.5);
        double tokyo = rttSeconds(TOKYO, EU_CENTRAL);
        // Tokyo-Frankfurt 9,333 km: 2 x 9,333 x 1.4 / 200 + 1.5 = 132.2 ms, so
        // 1 - exp(-10 x (0.3 - 0.1322)) = 1 - exp(-1.678) = 81.33 %
        double expected = 1 - Math.exp(-10 * (0.3 - tokyo));
        assertThat(expected).isCloseTo(0.8133, within(1e-4));

        ServiceResult far = runFrom(TOKYO, slo);
        ServiceResult near = runFrom(PARIS, slo);

        assertThat(far.latencyAttainment() / far.availability()).isCloseTo(expected, within(1e-6));
        assertThat(near.latencyAttainment() / near.availability())
                .isCloseTo(1 - Math.exp(-10 * (0.3 - rttSeconds(PARIS, EU_CENTRAL))), within(1e-6));
        assertThat(far.sloViolatedSeconds()).isEqualTo(1200);
        assertThat(near.sloViolatedSeconds()).isZero();
    }

    @Test
    void latency_afterFailover_risesByTheExtraDistance() {
        // Paris users move from Frankfurt (8.2 ms) to Dublin (12.4 ms) once eu-central-1 dies
        ClusterModel.Builder model =
                model(Slo.defaults(), PARIS, EU_CENTRAL, EU_WEST, 1800)
                        .failures(TwoRegions.regionDies(EU_CENTRAL.id(), 600));

        ServiceResult web = run(model);

        double[] p50 = web.series().orElseThrow().column(TimeSeries.Column.LATENCY_P50);
        double before = p50[100];
        double after = p50[p50.length - 1];
        double extra = rttSeconds(PARIS, EU_WEST) - rttSeconds(PARIS, EU_CENTRAL);
        assertThat(extra * 1000).isBetween(3.5, 5.0);
        assertThat(before).isCloseTo(MEDIAN + rttSeconds(PARIS, EU_CENTRAL), within(1e-9));
        assertThat(after - before).isCloseTo(extra, within(1e-9));
        // the run's histogram holds each step at quantile points 5 % apart, so the median of a
        // mix of two medians lies between the lower one and the next point (q = 0.55) of the higher
        double nextPoint = -Math.log(0.45) / 10 + rttSeconds(PARIS, EU_WEST);
        assertThat(web.latency().p50()).isBetween(before - 2e-4, nextPoint + 2e-4);
    }

    private static Pricing pricing(Map<String, Region> regions) {
        return new Pricing() {
            @Override
            public ReplicaPrice price(String provider, String region, String type) {
                return ReplicaPrice.perSecond(0.10, "test catalogue");
            }

            @Override
            public Optional<Region> region(String provider, String region) {
                return Optional.ofNullable(regions.get(region));
            }

            @Override
            public List<String> regionIds(String provider) {
                return List.copyOf(regions.keySet());
            }
        };
    }
}
