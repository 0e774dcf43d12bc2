package io.devopssim.core.routing;

import io.devopssim.cloud.Region;
import java.time.ZoneId;
import java.util.List;

/** Regions and client sources with real coordinates, shared by the routing tests. */
final class World {

    static final Region US_EAST = region("us-east-1", 38.9, -77.0);
    static final Region EU_WEST = region("eu-west-1", 53.35, -6.26);
    static final Region EU_CENTRAL = region("eu-central-1", 50.11, 8.68);
    static final Region AP_NORTHEAST = region("ap-northeast-1", 35.68, 139.69);

    static final ClientSource EUROPE =
            ClientSource.at("europe", 0.4, 48.86, 2.35, ZoneId.of("Europe/Paris"));
    static final ClientSource AMERICA =
            ClientSource.at("america", 0.4, 41.88, -87.63, ZoneId.of("America/Chicago"));
    static final ClientSource ASIA =
            ClientSource.at("asia", 0.2, 35.0, 135.5, ZoneId.of("Asia/Tokyo"));

    private World() {}

    static Region region(String id, double lat, double lon) {
        return new Region(id, id, lat, lon, List.of(id + "a", id + "b"));
    }

    /** Returns three sources and four regions, routed by the given policy. */
    static RoutingConfig.Builder threeContinents(RoutingPolicy policy) {
        return RoutingConfig.builder()
                .policy(policy)
                .meanRps(1000)
                .source(EUROPE)
                .source(AMERICA)
                .source(ASIA)
                .region(ServingRegion.of(US_EAST))
                .region(ServingRegion.of(EU_WEST))
                .region(ServingRegion.of(EU_CENTRAL))
                .region(ServingRegion.of(AP_NORTHEAST));
    }
}
