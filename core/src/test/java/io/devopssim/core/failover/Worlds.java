package io.devopssim.core.failover;

import io.devopssim.cloud.Region;
import io.devopssim.core.datatier.backup.WalArchiveSpec;
import io.devopssim.core.datatier.postgres.PatroniSettings;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.DnsSettings;
import io.devopssim.core.routing.RoutingConfig;
import io.devopssim.core.routing.ServingRegion;
import java.time.ZoneId;
import java.util.List;

/** Worlds shared by the planner tests: two US coasts on one cloud, and a two-cloud world. */
final class Worlds {

    static final double MIB = 1024 * 1024;
    static final double PRICE = 0.192;

    static final Region US_EAST = region("us-east-1", 38.9, -77.0);
    static final Region US_WEST = region("us-west-2", 45.6, -121.2);
    static final Region EUROPE_WEST = region("europe-west1", 50.45, 3.82);

    static final ClientSource EAST_CLIENTS =
            ClientSource.at("east", 0.6, 40.71, -74.0, ZoneId.of("America/New_York"));
    static final ClientSource WEST_CLIENTS =
            ClientSource.at("west", 0.4, 37.77, -122.42, ZoneId.of("America/Los_Angeles"));

    private Worlds() {}

    static Region region(String id, double lat, double lon) {
        return new Region(id, id, lat, lon, List.of(id + "a", id + "b", id + "c"));
    }

    /** Route 53 defaults, TTL as given, latency routing, 1,000 req/s, 60 % east. */
    static RoutingConfig coasts(double ttlSeconds) {
        return RoutingConfig.builder()
                .source(EAST_CLIENTS)
                .source(WEST_CLIENTS)
                .region(ServingRegion.of(US_EAST))
                .region(ServingRegion.of(US_WEST))
                .dns(DnsSettings.defaults().withTtl(ttlSeconds))
                .meanRps(1000)
                .build();
    }

    /** Primary in us-east-1a, a replica in us-east-1b, one in us-west-2a 70 ms behind. */
    static PostgresClusterSpec orders(double westDelaySeconds, boolean synchronous) {
        return PostgresClusterSpec.builder("orders")
                .member(PostgresMember.builder("pg-a").location("us-east-1", "us-east-1a"))
                .member(PostgresMember.builder("pg-b").location("us-east-1", "us-east-1b"))
                .member(
                        PostgresMember.builder("pg-c")
                                .location("us-west-2", "us-west-2a")
                                .shippingDelaySeconds(westDelaySeconds))
                .patroni(PatroniSettings.builder().synchronousMode(synchronous))
                .build();
    }

    /** Both members in us-east-1: losing the region leaves nothing to promote. */
    static PostgresClusterSpec eastOnly() {
        return PostgresClusterSpec.builder("orders")
                .member(PostgresMember.builder("pg-a").location("us-east-1", "us-east-1a"))
                .member(PostgresMember.builder("pg-b").location("us-east-1", "us-east-1b"))
                .build();
    }

    static WalArchiveSpec archive() {
        return WalArchiveSpec.builder(10 * 1024 * MIB).copyDelaySeconds(30).build();
    }

    /** Nine replicas east, {@code westReplicas} west, 100 req/s each, 1 MiB/s of WAL. */
    static FailoverTopologyBuilder coasts(int westReplicas, double ttl, double westDelay) {
        return FailoverTopology.builder("coasts")
                .region(new ServiceRegion("aws", US_EAST, 9, 100, PRICE))
                .region(new ServiceRegion("aws", US_WEST, westReplicas, 100, PRICE))
                .routing(coasts(ttl))
                .database(orders(westDelay, false))
                .walArchive(archive())
                .writeBytesPerSecond(MIB);
    }

    /**
     * The coasts with two replicas of 400 req/s east, in us-east-1a and us-east-1b: us-east-1c
     * holds none. Ten replicas west; 10 % of requests write.
     */
    static FailoverTopologyBuilder sparseEast(PostgresClusterSpec database) {
        return FailoverTopology.builder("sparse")
                .region(new ServiceRegion("aws", US_EAST, 2, 400, PRICE))
                .region(new ServiceRegion("aws", US_WEST, 10, 100, PRICE))
                .routing(coasts(60))
                .database(database)
                .walArchive(archive())
                .writeBytesPerSecond(MIB)
                .writeRequestShare(0.1);
    }

    /** Primary pg-a and replica pg-b in the given us-east-1 zones, pg-c in us-west-2a. */
    static PostgresClusterSpec ordersIn(String primaryZone, String replicaZone) {
        return PostgresClusterSpec.builder("orders")
                .member(PostgresMember.builder("pg-a").location("us-east-1", primaryZone))
                .member(PostgresMember.builder("pg-b").location("us-east-1", replicaZone))
                .member(
                        PostgresMember.builder("pg-c")
                                .location("us-west-2", "us-west-2a")
                                .shippingDelaySeconds(0.07))
                .build();
    }

    /** Two AWS regions and one GCP region; the database has a replica in each cloud. */
    static FailoverTopology twoClouds() {
        RoutingConfig routing =
                RoutingConfig.builder()
                        .source(EAST_CLIENTS.withShare(0.4))
                        .source(WEST_CLIENTS.withShare(0.3))
                        .source(
                                ClientSource.at(
                                        "europe", 0.3, 48.86, 2.35, ZoneId.of("Europe/Paris")))
                        .region(ServingRegion.of(US_EAST))
                        .region(ServingRegion.of(US_WEST))
                        .region(ServingRegion.of(EUROPE_WEST))
                        .meanRps(1000)
                        .build();
        PostgresClusterSpec db =
                PostgresClusterSpec.builder("orders")
                        .member(PostgresMember.builder("pg-a").location("us-east-1", "us-east-1a"))
                        .member(PostgresMember.builder("pg-b").location("us-east-1", "us-east-1b"))
                        .member(
                                PostgresMember.builder("pg-c")
                                        .location("europe-west1", "europe-west1b")
                                        .shippingDelaySeconds(0.09))
                        .build();
        return FailoverTopology.builder("two-clouds")
                .region(new ServiceRegion("aws", US_EAST, 6, 100, PRICE))
                .region(new ServiceRegion("aws", US_WEST, 6, 100, PRICE))
                .region(new ServiceRegion("gcp", EUROPE_WEST, 6, 100, 0.19))
                .routing(routing)
                .database(db)
                .walArchive(archive())
                .writeBytesPerSecond(MIB)
                .build();
    }
}
