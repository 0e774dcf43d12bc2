package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.model.Distribution;
import java.time.ZoneId;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RoutingConfigTest {

    @Test
    void build_defaults_route53ForDnsAndFastChecksForAnycast() {
        RoutingConfig dns = World.threeContinents(RoutingPolicy.LATENCY).build();
        RoutingConfig anycast = World.threeContinents(RoutingPolicy.ANYCAST).build();

        assertThat(dns.healthCheck()).isEqualTo(HealthCheck.route53());
        assertThat(dns.dns().ttlSeconds()).isEqualTo(60);
        assertThat(anycast.healthCheck().intervalSeconds()).isEqualTo(5);
        assertThat(anycast.healthCheck().failureThreshold()).isEqualTo(2);
        assertThat(HealthCheck.route53().minDetectionSeconds()).isEqualTo(60);
        assertThat(HealthCheck.route53().maxDetectionSeconds()).isEqualTo(90);
    }

    @Test
    void build_manyProblems_reportsEveryOneWithItsPath() {
        RoutingConfig.Builder builder =
                RoutingConfig.builder()
                        .policy(RoutingPolicy.WEIGHTED)
                        .source(ClientSource.at("eu", 0.5, 48, 2, ZoneId.of("UTC")))
                        .source(ClientSource.at("eu", 0.2, 48, 2, ZoneId.of("UTC")))
                        .region(new ServingRegion(World.US_EAST, 0))
                        .region(new ServingRegion(World.US_EAST, -1))
                        .healthCheck(new HealthCheck(30, 0, 3, OptionalDouble.of(30)))
                        .dns(
                                new DnsSettings(
                                        -60, 0, 1.5, new Distribution.Uniform(10, 5), Double.NaN))
                        .meanRps(0);

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(Problem::path)
                                        .containsExactlyInAnyOrder(
                                                "sources[1].name",
                                                "sources",
                                                "regions[1].region",
                                                "regions[1].weight",
                                                "regions",
                                                "healthCheck.failureThreshold",
                                                "healthCheck.phaseSeconds",
                                                "dns.ttlSeconds",
                                                "dns.resolverCount",
                                                "dns.ttlIgnoringShare",
                                                "dns.ttlIgnoredExtra.max",
                                                "dns.propagationSeconds",
                                                "meanRps"))
                .hasMessageContaining("shares must sum to 1, sum to 0.7")
                .hasMessageContaining("dns.ttlSeconds: must be > 0, was -60")
                .hasMessageContaining("healthCheck.phaseSeconds: must be in [0, intervalSeconds");
    }

    @Test
    void build_hugeTtlAndResolverCount_areRefusedNotRunOutOfMemory() {
        // From a scenario with resolvers: 200000000 (OutOfMemoryError) and ttl: 1e300.
        RoutingConfig.Builder builder =
                World.threeContinents(RoutingPolicy.LATENCY)
                        .dns(new DnsSettings(1e300, 200_000_000, 0, new Distribution.Fixed(0), 0));

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(Problem::path)
                                        .containsExactlyInAnyOrder(
                                                "dns.ttlSeconds", "dns.resolverCount"))
                .hasMessageContaining("2147483647")
                .hasMessageContaining("200000000");
    }

    @Test
    void build_largestAllowedTtlAndResolverCount_areAccepted() {
        RoutingConfig config =
                World.threeContinents(RoutingPolicy.LATENCY)
                        .dns(
                                new DnsSettings(
                                        DnsSettings.MAX_TTL_SECONDS,
                                        DnsSettings.MAX_RESOLVERS,
                                        0,
                                        new Distribution.Fixed(0),
                                        0))
                        .build();

        assertThat(config.dns().resolverCount()).isEqualTo(100_000);
    }

    @Test
    void build_noSourcesOrRegions_saysSo() {
        assertThatThrownBy(() -> RoutingConfig.builder().build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sources: at least one client source is required")
                .hasMessageContaining("regions: at least one serving region is required");
    }

    @Test
    void build_badDiurnalShape_reportsAmplitudeAndPeak() {
        ClientSource bad =
                ClientSource.at("x", 1, 0, 0, ZoneId.of("UTC"))
                        .withDiurnal(new DiurnalShape(1.5, 24));

        assertThatThrownBy(
                        () ->
                                RoutingConfig.builder()
                                        .source(bad)
                                        .region(ServingRegion.of(World.EU_WEST))
                                        .build())
                .hasMessageContaining("sources[0].diurnal.amplitude: must be in [0, 1], was 1.5")
                .hasMessageContaining("sources[0].diurnal.peakLocalHour");
    }

    @Test
    void build_shareOutsideTheUnitInterval_namesTheRange() {
        assertThatThrownBy(
                        () ->
                                RoutingConfig.builder()
                                        .source(World.EUROPE.withShare(0))
                                        .source(World.AMERICA.withShare(1))
                                        .region(ServingRegion.of(World.EU_WEST))
                                        .build())
                .hasMessageContaining("sources[0].share: must be in (0, 1], was 0");
    }
}
