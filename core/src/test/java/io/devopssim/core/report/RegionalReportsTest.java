package io.devopssim.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.cloud.Region;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.RoutingPolicy;
import io.devopssim.core.sim.Pricing;
import io.devopssim.core.sim.ReplicaPrice;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RegionalReportsTest {

    private static final Region EAST = new Region("east", "East", 40, -75, List.of("e1", "e2"));
    private static final Region WEST = new Region("west", "West", 37, -122, List.of("w1"));

    private static final Pricing PRICING =
            new Pricing() {
                @Override
                public ReplicaPrice price(String provider, String region, String type) {
                    return ReplicaPrice.perSecond(provider.equals("a") ? 0.1 : 0.2, "test");
                }

                @Override
                public Optional<Region> region(String provider, String region) {
                    return Optional.of(provider.equals("a") ? EAST : WEST);
                }
            };

    private static SimulationResult run(long seed) {
        ServiceModel.Builder web =
                ServiceModel.builder("web")
                        .instanceType("t")
                        .capacityRps(10)
                        .load(new LoadSpec.Constant(40))
                        .placement(Placement.of("a", "east", 4, 4, 4))
                        .placement(Placement.of("b", "west", 4, 4, 4));
        Traffic traffic =
                Traffic.of(
                        RoutingPolicy.LATENCY,
                        List.of(
                                ClientSource.at("ny", 0.5, 40.7, -74, ZoneId.of("UTC")),
                                ClientSource.at("sf", 0.5, 37.8, -122.4, ZoneId.of("UTC"))));
        ScheduledFailure dies = new ScheduledFailure(FailureKind.REGION_OUTAGE, "east", 300, 600);
        ClusterModel model =
                ClusterModel.builder()
                        .name("regional")
                        .provider("a")
                        .region("east")
                        .service(web)
                        .traffic(traffic)
                        .failures(Failures.scheduled(List.of(dies)))
                        .run(new RunSettings(seed, OptionalDouble.of(1800), 15))
                        .build();
        return Simulation.builder(model).pricing(PRICING).build().run();
    }

    private static String json(SimulationResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out, true);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void json_sameSeed_isByteIdenticalAndHasRegionsFailoversAndTimeline() throws IOException {
        String first = json(run(5));

        assertThat(first).isEqualTo(json(run(5)));
        assertThat(first)
                .contains("\"regions\"", "\"failovers\"", "\"timeline\"")
                .contains("\"failedByOutageRequests\"", "\"rtoSeconds\"")
                .contains("\"region-outage east\"");
    }

    @Test
    void console_showsRegionsAndTheFailover() {
        String text = ConsoleSummary.render(run(5));

        assertThat(text)
                .contains("a/east")
                .contains("b/west")
                .contains("failover      region-outage east at +5.0 min")
                .contains("failed by outage");
    }

    @Test
    void console_headerNamesEveryRegionWithItsTypeAndPrice() {
        String text = ConsoleSummary.render(run(5));

        // the prices of the test catalogue: $0.1 per hour on provider a, $0.2 on b
        assertThat(text)
                .contains(
                        "Service web on a/east t at $0.1000 + b/west t at $0.2000 per"
                                + " replica-hour");
    }

    @Test
    void csv_regionsAndTimeline_haveOneRowEach() throws IOException {
        SimulationResult result = run(5);
        StringBuilder regions = new StringBuilder();
        StringBuilder timeline = new StringBuilder();

        CsvReport.writeRegions(result, regions);
        CsvReport.writeTimeline(result, timeline);

        assertThat(regions.toString().split("\n")).hasSize(3);
        assertThat(regions.toString()).startsWith("service,provider,region,requests");
        assertThat(timeline.toString().split("\n"))
                .hasSize(result.timeline().size() + 1)
                .anySatisfy(row -> assertThat(row).startsWith("300,,failure-started"));
    }
}
