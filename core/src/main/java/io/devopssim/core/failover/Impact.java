package io.devopssim.core.failover;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a failure takes down: serving regions, a zone's replicas, database members.
 *
 * @param failure the failure
 * @param failedRegions serving regions that stop serving (routing must move their traffic)
 * @param zoneRegion for a zone failure, the region the zone is in
 * @param surviving replicas still running per serving region that keeps serving
 * @param lostMembers database members lost
 * @param primaryLost whether the primary is among them
 */
record Impact(
        FailureScope failure,
        Set<String> failedRegions,
        Optional<ServiceRegion> zoneRegion,
        Map<String, Integer> surviving,
        Set<String> lostMembers,
        boolean primaryLost) {

    static Impact of(FailoverTopology world, FailureScope failure) {
        Set<String> failed = failedRegions(world, failure);
        Optional<ServiceRegion> zoneRegion = zoneRegion(world, failure);
        Map<String, Integer> surviving = new LinkedHashMap<>();
        for (ServiceRegion r : world.regions()) {
            if (!failed.contains(r.id())) {
                int lost =
                        zoneRegion.filter(z -> z.equals(r)).isPresent()
                                ? r.replicasIn(failure.target())
                                : 0;
                surviving.put(r.id(), r.replicas() - lost);
            }
        }
        if (surviving.isEmpty()) {
            throw new IllegalArgumentException(
                    failure.label()
                            + " leaves no serving region; there is nothing to fail over to");
        }
        Set<String> lost = lostMembers(world, failure, failed);
        boolean primaryLost = lost.contains(world.database().initialPrimary());
        return new Impact(failure, failed, zoneRegion, surviving, lost, primaryLost);
    }

    boolean isZone() {
        return zoneRegion.isPresent();
    }

    /**
     * Returns whether the failure takes serving capacity or reachability, so routing must react.
     *
     * <p>False for the database primary alone and for a zone that holds none of its region's
     * replicas: its load balancer sends it nothing and has no target there to find unhealthy.
     */
    boolean takesServing() {
        return !failedRegions.isEmpty()
                || zoneRegion.filter(r -> r.replicasIn(failure.target()) > 0).isPresent();
    }

    private static Set<String> failedRegions(FailoverTopology world, FailureScope failure) {
        Set<String> failed = new LinkedHashSet<>();
        List<ServiceRegion> regions = world.regions();
        switch (failure.kind()) {
            case REGION -> {
                check(failure, regions.stream().map(ServiceRegion::id).toList(), "region");
                failed.add(failure.target());
            }
            case CLOUD -> {
                check(failure, world.providers(), "provider");
                regions.stream()
                        .filter(r -> r.provider().equals(failure.target()))
                        .forEach(r -> failed.add(r.id()));
            }
            case ZONE, DATABASE_PRIMARY -> {}
        }
        return failed;
    }

    private static Optional<ServiceRegion> zoneRegion(FailoverTopology world, FailureScope f) {
        if (f.kind() != FailureScope.Kind.ZONE) {
            return Optional.empty();
        }
        List<String> zones = world.regions().stream().flatMap(r -> r.zones().stream()).toList();
        check(f, zones, "zone");
        ServiceRegion region =
                world.regions().stream()
                        .filter(r -> r.zones().contains(f.target()))
                        .findFirst()
                        .orElseThrow();
        if (region.zones().size() < 2) {
            throw new IllegalArgumentException(
                    f.label()
                            + " is the only zone of "
                            + region.id()
                            + "; plan the region instead");
        }
        return Optional.of(region);
    }

    private static Set<String> lostMembers(
            FailoverTopology world, FailureScope failure, Set<String> failed) {
        Set<String> lost = new LinkedHashSet<>();
        List<PostgresMember> members = world.database().members();
        if (failure.kind() == FailureScope.Kind.DATABASE_PRIMARY) {
            String primary = world.database().initialPrimary();
            boolean member = members.stream().anyMatch(m -> m.name().equals(failure.target()));
            if (member && !failure.target().equals(primary)) {
                throw new InvalidInputException(
                        "failover plan",
                        List.of(
                                new InvalidInputException.Problem(
                                        "failure.target",
                                        "expected the initial primary \""
                                                + primary
                                                + "\", was \""
                                                + failure.target()
                                                + "\", a replica; plan the loss of a replica as"
                                                + " its zone's failure")));
            }
            check(failure, List.of(primary), "primary");
            lost.add(failure.target());
            return lost;
        }
        for (PostgresMember m : members) {
            boolean hit =
                    failure.kind() == FailureScope.Kind.ZONE
                            ? m.zone().equals(failure.target())
                            : failed.contains(m.region());
            if (hit) {
                lost.add(m.name());
            }
        }
        return lost;
    }

    private static void check(FailureScope f, List<String> known, String what) {
        Problems problems = new Problems();
        if (!new Bounds(problems, "failure").known("target", f.target(), what, known)) {
            throw new InvalidInputException("failover plan", problems.list());
        }
    }
}
