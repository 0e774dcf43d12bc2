package io.devopssim.core.model;

import io.devopssim.core.internal.tree.Values;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the placements of one service: names, replica bounds, unique regions and zones. */
final class PlacementChecks {

    private PlacementChecks() {}

    static void placements(List<Placement> placements, Check c) {
        Map<String, Integer> regions = new HashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            Check at = c.index("placements", i);
            at.notBlank("provider", p.provider());
            at.notBlank("region", p.region());
            Integer earlier = regions.putIfAbsent(p.region(), i);
            if (earlier != null) {
                at.fail(
                        "region",
                        "must be unique in a service, was "
                                + Values.quoted(p.region())
                                + " as in placements["
                                + earlier
                                + "]");
            }
            zones(p, at);
            bounds(p, at);
            p.instanceType().ifPresent(t -> at.notBlank("instanceType", t));
            p.pricePerHour().ifPresent(v -> at.nonNegative("pricePerHour", v));
            at.nonNegative("weight", p.weight());
            if (p.nodesPerZone() < 0 || p.nodesPerZone() > 10_000) {
                at.fail("nodesPerZone", "must be in [0, 10000], was " + p.nodesPerZone());
            }
        }
    }

    private static void zones(Placement p, Check c) {
        Set<String> seen = new HashSet<>();
        for (int z = 0; z < p.zones().size(); z++) {
            String zone = p.zones().get(z);
            c.notBlank("zones[" + z + "]", zone);
            if (zone != null && !seen.add(zone)) {
                c.fail("zones[" + z + "]", "must be unique, was " + Values.quoted(zone));
            }
        }
    }

    private static void bounds(Placement p, Check c) {
        if (p.minReplicas() < 0) {
            c.fail("minReplicas", "must be >= 0, was " + p.minReplicas());
        }
        if (p.maxReplicas() < Math.max(1, p.minReplicas())) {
            c.fail(
                    "maxReplicas",
                    "must be >= " + Math.max(1, p.minReplicas()) + ", was " + p.maxReplicas());
        } else if (p.initialReplicas() < p.minReplicas() || p.initialReplicas() > p.maxReplicas()) {
            c.fail(
                    "initialReplicas",
                    "must be within minReplicas ("
                            + p.minReplicas()
                            + ") and maxReplicas ("
                            + p.maxReplicas()
                            + "), was "
                            + p.initialReplicas());
        }
    }
}
