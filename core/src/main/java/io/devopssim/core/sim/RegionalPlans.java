package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.FailurePlan;
import io.devopssim.core.failure.Topology;
import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.RoutingConfig;
import io.devopssim.core.routing.RoutingPolicy;
import io.devopssim.core.routing.ServingRegion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Resolves placements, the failure topology and global routing for a simulation. */
final class RegionalPlans {

    /** The failure plan's and routing's Java fields, and the scenario keys they are read from. */
    private static final String[][] FILE_KEYS = {
        {"atSeconds", "at"},
        {"durationSeconds", "duration"},
        {"mtbfSeconds", "mtbf"},
        {"horizonSeconds", "horizon"},
        {"ttlSeconds", "ttl"},
        {"resolverCount", "resolvers"},
        {"propagationSeconds", "propagation"},
        {"intervalSeconds", "interval"},
        {"phaseSeconds", "phase"},
        {"convergenceSeconds", "convergence"}
    };

    private RegionalPlans() {}

    /** Returns the service as one region's Deployment: that placement's bounds and type. */
    static ServiceModel regional(ServiceModel s, Placement p) {
        Optional<HpaSpec> hpa =
                s.autoscaler()
                        .map(
                                h ->
                                        new HpaSpec(
                                                p.minReplicas(),
                                                p.maxReplicas(),
                                                h.metrics(),
                                                h.behavior(),
                                                h.controller()));
        OptionalDouble price = p.pricePerHour().isPresent() ? p.pricePerHour() : s.pricePerHour();
        return new ServiceModel(
                s.name(),
                p.instanceType().orElse(s.instanceType()),
                price,
                s.cpuRequest(),
                s.cpuIdle(),
                s.cpuAtCapacity(),
                s.capacityRps(),
                s.concurrency(),
                s.requestTimeoutSeconds(),
                p.minReplicas(),
                p.maxReplicas(),
                p.initialReplicas(),
                s.startup(),
                s.readiness(),
                s.load(),
                hpa,
                s.rollingUpdate(),
                List.of());
    }

    /** Returns the placement with its region and zones found, or reports why they are not. */
    static Optional<RegionPlan> located(
            String path, Placement p, ServicePlan plan, Pricing pricing, List<Problem> problems) {
        Optional<Region> region = pricing.region(p.provider(), p.region());
        if (region.isEmpty()) {
            String field = path + ".region";
            if (problems.stream().noneMatch(q -> q.path().startsWith(path + "."))) {
                Problems found = new Problems();
                List<String> known = pricing.regionIds(p.provider());
                new Bounds(found, path)
                        .known("region", p.region(), p.provider() + " region", known);
                if (found.isEmpty() || known.isEmpty()) {
                    problems.add(
                            new Problem(
                                    field,
                                    "unknown region \""
                                            + p.region()
                                            + "\" of provider \""
                                            + p.provider()
                                            + "\"; expected a region of the cloud catalogue"));
                } else {
                    problems.addAll(found.list());
                }
            }
            return Optional.empty();
        }
        List<String> zones = p.zones().isEmpty() ? region.get().zones() : p.zones();
        Problems found = new Problems();
        for (int z = 0; z < p.zones().size(); z++) {
            new Bounds(found, path)
                    .known("zones[" + z + "]", p.zones().get(z), "zone", region.get().zones());
        }
        problems.addAll(found.list());
        return Optional.of(new RegionPlan(p, region.get(), zones, plan));
    }

    /** Returns the topology, failure plan and routing of the model, or reports their problems. */
    static RegionalSetup setup(
            ClusterModel model,
            Map<Integer, List<RegionPlan>> regions,
            Pricing pricing,
            Optional<Instant> start,
            double duration,
            List<Problem> problems) {
        Optional<FailurePlan> failures = Optional.empty();
        Optional<Region> cluster = Optional.empty();
        if (model.failures().isPresent()) {
            cluster = clusterRegion(model, pricing, problems);
            failures = failurePlan(model, regions, cluster, problems);
            FailureTargets.afterTheEnd(model.failures().get(), duration, problems);
        }
        Optional<RoutingConfig> routing = Optional.empty();
        Optional<Topology> served = Optional.empty();
        if (model.traffic().isPresent()) {
            List<RegionPlan> routed = routed(regions);
            routing = routing(model.traffic().get(), routed, start, problems);
            if (failures.isPresent() && routing.isPresent()) {
                served = Optional.of(topology(model, List.of(routed), Optional.empty()).build());
            }
        }
        return new RegionalSetup(regions, failures, routing, served, cluster);
    }

    /**
     * Returns the cluster's own region, where services without placements run, when there are any:
     * failures reach them on its zones. Reports it when the cloud catalogue does not know it.
     */
    private static Optional<Region> clusterRegion(
            ClusterModel model, Pricing pricing, List<Problem> problems) {
        if (model.services().stream().allMatch(ServiceModel::isPlaced)) {
            return Optional.empty();
        }
        Optional<Region> region = pricing.region(model.provider(), model.region());
        if (region.isEmpty() || region.get().zones().isEmpty()) {
            problems.add(
                    new Problem(
                            "region",
                            "unknown region \""
                                    + model.region()
                                    + "\" of provider \""
                                    + model.provider()
                                    + "\" (or it has no zones); failures reach the services"
                                    + " without placements on the zones the cloud catalogue"
                                    + " lists for it"));
        }
        return region.filter(r -> !r.zones().isEmpty());
    }

    /**
     * Returns a topology builder holding the placements' clouds, regions, zones and nodes, then the
     * cluster's region with every zone of it, if given.
     */
    private static Topology.Builder topology(
            ClusterModel model, Collection<List<RegionPlan>> regions, Optional<Region> cluster) {
        Map<String, Set<String>> zonesByRegion = new LinkedHashMap<>();
        Map<String, String> cloudOf = new LinkedHashMap<>();
        Map<String, Set<String>> nodesByZone = new LinkedHashMap<>();
        for (List<RegionPlan> list : regions) {
            for (RegionPlan r : list) {
                cloudOf.putIfAbsent(r.location().id(), r.placement().provider());
                zonesByRegion
                        .computeIfAbsent(r.location().id(), k -> new LinkedHashSet<>())
                        .addAll(r.zones());
                for (String zone : r.zones()) {
                    nodesByZone
                            .computeIfAbsent(zone, k -> new LinkedHashSet<>())
                            .addAll(r.placement().nodes(zone));
                }
            }
        }
        cluster.ifPresent(
                r -> {
                    cloudOf.putIfAbsent(r.id(), model.provider());
                    zonesByRegion
                            .computeIfAbsent(r.id(), k -> new LinkedHashSet<>())
                            .addAll(r.zones());
                });
        Topology.Builder b = Topology.builder();
        new LinkedHashSet<>(cloudOf.values()).forEach(b::cloud);
        cloudOf.forEach((region, cloud) -> b.region(cloud, region));
        zonesByRegion.forEach((region, zones) -> zones.forEach(z -> b.zone(region, z)));
        nodesByZone.forEach((zone, nodes) -> nodes.forEach(n -> b.node(zone, n)));
        return b;
    }

    private static Optional<FailurePlan> failurePlan(
            ClusterModel model,
            Map<Integer, List<RegionPlan>> regions,
            Optional<Region> cluster,
            List<Problem> problems) {
        Failures f = model.failures().orElseThrow();
        Topology.Builder b = topology(model, regions.values(), cluster);
        List<Integer> kept = new ArrayList<>();
        try {
            Topology topology = b.build();
            boolean pods =
                    FailureTargets.podTargetsExist(
                            f, FailureTargets.podTargets(model, regions, cluster), problems);
            if (!FailureTargets.targetsExist(f, topology, problems)) {
                return Optional.empty();
            }
            FailurePlan.Builder plan = FailurePlan.builder(topology);
            for (int i = 0; i < f.scheduled().size(); i++) {
                if (f.scheduled().get(i).kind() != FailureKind.POD_CRASH) {
                    kept.add(i);
                    plan.scheduled(f.scheduled().get(i));
                }
            }
            f.random().forEach(plan::random);
            f.horizonSeconds().ifPresent(plan::horizonSeconds);
            FailurePlan built = plan.build();
            return pods ? Optional.of(built) : Optional.empty();
        } catch (InvalidInputException e) {
            e.problems()
                    .forEach(
                            p -> problems.add(prefixed("failures", fileKeys(renumbered(p, kept)))));
            return Optional.empty();
        }
    }

    /**
     * Renames {@code scheduled[k]} in a failure plan's problem to the scenario's index: scheduled
     * pod crashes are kept out of the plan, so the plan's k-th entry is the scenario's kept[k]-th.
     */
    private static Problem renumbered(Problem p, List<Integer> kept) {
        String prefix = "scheduled[";
        if (!p.path().startsWith(prefix)) {
            return p;
        }
        int close = p.path().indexOf(']');
        int k = Integer.parseInt(p.path().substring(prefix.length(), close));
        return new Problem(prefix + kept.get(k) + p.path().substring(close), p.message());
    }

    /**
     * Returns a warning when the step is coarser than the failover it should resolve: longer than
     * the health checks' interval or the time clients take to move (TTL, or anycast convergence).
     */
    static Optional<String> stepWarning(RegionalSetup setup, double step) {
        if (setup.failures().isEmpty() || setup.routing().isEmpty()) {
            return Optional.empty();
        }
        RoutingConfig r = setup.routing().get();
        boolean anycast = r.policy() == RoutingPolicy.ANYCAST;
        double move = anycast ? r.anycast().convergenceSeconds() : r.dns().ttlSeconds();
        double finest = Math.min(r.healthCheck().intervalSeconds(), move);
        if (step <= finest) {
            return Optional.empty();
        }
        return Optional.of(
                "run.step ("
                        + Bounds.number(step)
                        + " s) is longer than the failover it should resolve (health checks every "
                        + Bounds.number(r.healthCheck().intervalSeconds())
                        + " s, clients moving over "
                        + Bounds.number(move)
                        + " s): failover times are rounded to steps and failed requests may be"
                        + " off by up to a region's rate × step; use a step of at most "
                        + Bounds.number(finest)
                        + " s");
    }

    /** Renames the failure plan's Java fields in a problem's path to the scenario's keys. */
    private static Problem fileKeys(Problem p) {
        String path = p.path();
        for (String[] key : FILE_KEYS) {
            if (path.equals(key[0]) || path.endsWith("." + key[0])) {
                path = path.substring(0, path.length() - key[0].length()) + key[1];
            }
        }
        return new Problem(path, p.message());
    }

    /** Returns the regions of the first service placed in two or more, which routing serves. */
    private static List<RegionPlan> routed(Map<Integer, List<RegionPlan>> regions) {
        return regions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .filter(list -> list.size() >= 2)
                .findFirst()
                .orElse(List.of());
    }

    private static Optional<RoutingConfig> routing(
            Traffic t, List<RegionPlan> routed, Optional<Instant> start, List<Problem> problems) {
        if (routed.isEmpty()) {
            return Optional.empty();
        }
        RoutingConfig.Builder b = RoutingConfig.builder().policy(t.policy()).dns(t.dns());
        b.anycast(t.anycast()).meanRps(1).runStart(start.orElse(Instant.EPOCH));
        t.healthCheck().ifPresent(b::healthCheck);
        t.sources().forEach(b::source);
        for (RegionPlan r : routed) {
            b.region(new ServingRegion(r.location(), r.placement().weight()));
        }
        try {
            return Optional.of(b.build());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(prefixed("traffic", fileKeys(p))));
            return Optional.empty();
        }
    }

    private static Problem prefixed(String root, Problem p) {
        return new Problem(p.path().isEmpty() ? root : root + "." + p.path(), p.message());
    }

    /** Returns the regions in the order of the first service that lists them. */
    static List<String> names(List<RegionPlan> plans) {
        List<String> names = new ArrayList<>();
        plans.forEach(p -> names.add(p.location().id()));
        return names;
    }
}
