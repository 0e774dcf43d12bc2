package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.RoutingPolicy;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A service on two clouds: aws us-east-1 (zones a, b) and gcp europe-west1 (zones b, c), with
 * American and European clients, each half of a constant load; regions come from a test catalogue.
 */
final class TwoRegions {

    static final Region US_EAST =
            new Region(
                    "us-east-1", "N. Virginia", 38.9, -77.0, List.of("us-east-1a", "us-east-1b"));
    static final Region EU_WEST =
            new Region(
                    "europe-west1",
                    "Belgium",
                    50.45,
                    3.82,
                    List.of("europe-west1-b", "europe-west1-c"));

    /** Prices replicas at $0.10 on aws and $0.12 on gcp, and knows the two regions. */
    static final Pricing PRICING =
            new Pricing() {
                @Override
                public ReplicaPrice price(String provider, String region, String type) {
                    double perHour = provider.equals("aws") ? 0.10 : 0.12;
                    return ReplicaPrice.perSecond(perHour, "test catalogue");
                }

                @Override
                public Optional<Region> region(String provider, String region) {
                    Region known = provider.equals("aws") ? US_EAST : EU_WEST;
                    return known.id().equals(region) ? Optional.of(known) : Optional.empty();
                }

                @Override
                public List<String> regionIds(String provider) {
                    return List.of(provider.equals("aws") ? US_EAST.id() : EU_WEST.id());
                }
            };

    private TwoRegions() {}

    static List<ClientSource> sources() {
        return List.of(
                ClientSource.at("america", 0.5, 40.7, -74.0, ZoneId.of("America/New_York")),
                ClientSource.at("europe", 0.5, 48.86, 2.35, ZoneId.of("Europe/Paris")));
    }

    /**
     * One replica serves 10 rps on one core; 200 rps in all; an HPA at 50 % CPU, 20 to 60 replicas
     * per region, start-up 30 s and readiness 10 s.
     */
    static ServiceModel.Builder web(int initial) {
        HpaSpec hpa = Services.cpuHpa(1, 60, 50);
        return ServiceModel.builder("web")
                .instanceType("m5.large")
                .cpuRequest(1)
                .capacityRps(10)
                .load(new LoadSpec.Constant(200))
                .autoscaler(hpa)
                .startup(new Distribution.Fixed(30))
                .readiness(new Distribution.Fixed(10))
                .placement(Placement.of("aws", US_EAST.id(), 1, 60, initial))
                .placement(Placement.of("gcp", EU_WEST.id(), 1, 60, initial));
    }

    static ClusterModel.Builder model(
            ServiceModel.Builder service, Traffic traffic, double duration, double step) {
        return ClusterModel.builder()
                .name("two-regions")
                .provider("aws")
                .region(US_EAST.id())
                .service(service)
                .traffic(traffic)
                .run(new RunSettings(7, OptionalDouble.of(duration), step));
    }

    static Failures regionDies(String region, double at) {
        return Failures.scheduled(
                List.of(
                        new ScheduledFailure(
                                FailureKind.REGION_OUTAGE, region, at, Double.POSITIVE_INFINITY)));
    }

    static Traffic geoDns() {
        return Traffic.of(RoutingPolicy.LATENCY, sources());
    }
}
