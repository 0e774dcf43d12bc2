package io.devopssim.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devopssim.cloud.Region;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.datatier.postgres.PostgresMember;
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
import io.devopssim.core.sim.DatabaseTier;
import io.devopssim.core.sim.Pricing;
import io.devopssim.core.sim.ReplicaPrice;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationBuilder;
import io.devopssim.core.sim.SimulationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A service in two regions on two clouds whose primary region dies at 300 s, run with and without a
 * database whose primary is in that region.
 */
class DataTierReportsTest {

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

    private static SimulationResult run(Optional<DatabaseTier> database) {
        ServiceModel.Builder web =
                ServiceModel.builder("web")
                        .instanceType("t")
                        .capacityRps(10)
                        .load(new LoadSpec.Constant(40))
                        .placement(Placement.of("a", "east", 4, 4, 4))
                        .placement(Placement.of("b", "west", 4, 8, 4));
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
                        .run(new RunSettings(5, OptionalDouble.of(1800), 15))
                        .build();
        SimulationBuilder b = Simulation.builder(model).pricing(PRICING);
        database.ifPresent(b::database);
        return b.build().run();
    }

    private static DatabaseTier database(double writeShare) {
        PostgresClusterSpec cluster =
                PostgresClusterSpec.builder("orders")
                        .member(PostgresMember.builder("pg-1").location("east", "e1"))
                        .member(
                                PostgresMember.builder("pg-2")
                                        .location("west", "w1")
                                        .shippingDelaySeconds(0.03))
                        .build();
        return new DatabaseTier(cluster, 2048, writeShare, List.of());
    }

    private static JsonNode json(SimulationResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out, true);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    /** Removes what only a run with a data tier writes: its keys and the database's timeline. */
    private static JsonNode withoutDataTier(JsonNode json) {
        ObjectNode copy = json.deepCopy();
        copy.remove("database");
        ((ObjectNode) copy.get("totals")).remove("failedByDataTierRequests");
        for (JsonNode service : copy.get("services")) {
            ((ObjectNode) service).remove("failedByDataTierRequests");
            for (JsonNode region : service.get("regions")) {
                ((ObjectNode) region).remove("failedByDataTierRequests");
            }
        }
        Iterator<JsonNode> events = ((ArrayNode) copy.get("timeline")).elements();
        while (events.hasNext()) {
            if (events.next().get("kind").asText().startsWith("db-")) {
                events.remove();
            }
        }
        return copy;
    }

    @Test
    void databaseThatFailsNoRequest_leavesEveryOtherNumberOfTheRunUnchanged() throws IOException {
        JsonNode without = json(run(Optional.empty()));
        JsonNode with = json(run(Optional.of(database(0))));

        assertThat(with.get("database").get("failovers")).hasSize(1);
        assertThat(withoutDataTier(with)).isEqualTo(without);
    }

    @Test
    void runWithoutDatabase_writesNoDataTierField() throws IOException {
        SimulationResult result = run(Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out, false);
        StringBuilder regions = new StringBuilder();
        CsvReport.writeRegions(result, regions);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("DataTier", "\"database\"");
        assertThat(regions.toString()).doesNotContain("data_tier");
        assertThat(ConsoleSummary.render(result)).doesNotContain("data tier", "Database");
    }

    @Test
    void runWithDatabase_reportsTheFailoverAndTheFailedRequests() throws IOException {
        SimulationResult result = run(Optional.of(database(0.1)));
        JsonNode json = json(result);
        StringBuilder regions = new StringBuilder();
        CsvReport.writeRegions(result, regions);
        String console = ConsoleSummary.render(result);

        JsonNode db = json.get("database");
        assertThat(db.get("primary").asText()).isEqualTo("pg-2");
        assertThat(db.get("failovers").get(0).get("from").asText()).isEqualTo("pg-1");
        assertThat(db.get("failovers").get(0).get("lostAt").asDouble()).isEqualTo(300);
        // the key expires ttl after the last renewal, itself up to loop_wait before the loss, and
        // is taken at a loop up to loop_wait after; promotion then takes 2 s (Patroni defaults)
        assertThat(db.get("secondsWithoutPrimary").asDouble())
                .isBetween(30.0 - 10 + 2, 30.0 + 10 + 2);
        double failed = json.get("services").get(0).get("failedByDataTierRequests").asDouble();
        assertThat(failed).isPositive();
        assertThat(json.get("totals").get("failedByDataTierRequests").asDouble()).isEqualTo(failed);
        assertThat(regions.toString().split("\n")[0])
                .contains("failed_by_outage,failed_by_data_tier");
        assertThat(console)
                .contains(
                        "Database orders (used by web): primary pg-1 at the start, pg-2 at the end")
                .contains("requests failed by the data tier")
                .contains("pg-1 lost at +5.0 min, pg-2 promoted");
        assertThat(result.timeline()).anyMatch(e -> e.kind().equals("db-promoted"));
    }
}
