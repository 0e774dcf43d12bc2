package io.devopssim.core.failover;

import io.devopssim.cloud.Region;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.DnsSettings;
import io.devopssim.core.routing.GlobalRouting;
import io.devopssim.core.routing.HealthCheck;
import io.devopssim.core.routing.RoutingConfig;
import io.devopssim.core.routing.RoutingPolicy;
import io.devopssim.core.routing.ServingRegion;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Request rates per region before and after a failure, and the routing the failure is seen by.
 *
 * <p>Region and cloud failures are seen by global routing. A zone failure is seen by the region's
 * load balancer, modelled as weighted routing over the region's zones (weights = replicas) with the
 * world's health checks and a 1 ms TTL: detection as for a region, then an immediate shift.
 */
final class Traffic {

    /** The load balancer's answer lifetime: short enough to be an immediate shift. */
    static final double BALANCER_TTL_SECONDS = 0.001;

    final RoutingConfig routing;
    final List<String> units;
    final Map<String, Double> before = new LinkedHashMap<>();
    final Map<String, Double> after = new LinkedHashMap<>();
    final Map<String, Double> dead = new LinkedHashMap<>();
    double total;

    Traffic(FailoverTopology world, Impact impact) {
        Map<String, Double> rates = sourceRates(world.routing(), world.meanFailureTime());
        total = rates.values().stream().mapToDouble(Double::doubleValue).sum();
        GlobalRouting probe = GlobalRouting.start(SimulationKernel.create(0), world.routing());
        for (ServiceRegion r : world.regions()) {
            before.put(r.id(), load(probe, rates, r.id(), Set.of()));
            after.put(r.id(), load(probe, rates, r.id(), impact.failedRegions()));
        }
        impact.failedRegions().forEach(id -> dead.put(id, before.get(id)));
        if (impact.isZone()) {
            ServiceRegion region = impact.zoneRegion().orElseThrow();
            String zone = impact.failure().target();
            double rate = before.get(region.id());
            double share =
                    region.replicas() == 0
                            ? 0
                            : region.replicasIn(zone) / (double) region.replicas();
            dead.put(zone, rate * share);
            before.put(region.id(), rate * (1 - share));
            routing = balancer(world.routing().healthCheck(), region, rate);
            units = List.of(zone);
        } else {
            routing = world.routing();
            units = List.copyOf(impact.failedRegions());
        }
    }

    /** Returns the rate of traffic to failed capacity at the failure. */
    double deadRate() {
        return dead.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    static Map<String, Double> sourceRates(RoutingConfig routing, double time) {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (ClientSource s : routing.sources()) {
            double factor = s.rateFactor(routing.runStart().plusMillis(Math.round(time * 1000)));
            rates.put(s.name(), routing.meanRps() * s.share() * factor);
        }
        return rates;
    }

    private static double load(
            GlobalRouting probe, Map<String, Double> rates, String region, Set<String> down) {
        double load = 0;
        for (Map.Entry<String, Double> s : rates.entrySet()) {
            load += s.getValue() * probe.answerWithout(s.getKey(), down).get(region);
        }
        return load;
    }

    static RoutingConfig balancer(HealthCheck checks, ServiceRegion region, double rateRps) {
        Region at = region.region();
        RoutingConfig.Builder b =
                RoutingConfig.builder()
                        .source(
                                ClientSource.at(
                                        "balancer-" + at.id(),
                                        1,
                                        at.latitude(),
                                        at.longitude(),
                                        ZoneOffset.UTC))
                        .policy(RoutingPolicy.WEIGHTED)
                        .healthCheck(checks)
                        .dns(
                                new DnsSettings(
                                        BALANCER_TTL_SECONDS, 1, 0, new Distribution.Fixed(0), 0))
                        .meanRps(Math.max(rateRps, 1e-9));
        for (String zone : region.zones()) {
            Region z = new Region(zone, zone, at.latitude(), at.longitude(), List.of(zone));
            // A region without replicas still needs a weight; its traffic fails either way.
            b.region(new ServingRegion(z, region.replicas() == 0 ? 1 : region.replicasIn(zone)));
        }
        return b.build();
    }
}
