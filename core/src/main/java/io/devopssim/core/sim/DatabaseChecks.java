package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.datatier.cache.CacheNode;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks a run's database and cache against its model: the services they name exist, and every
 * database member and cache process sits in a zone of a region where a service using it runs.
 */
final class DatabaseChecks {

    private DatabaseChecks() {}

    static void check(
            DatabaseTier tier,
            ClusterModel model,
            Map<Integer, List<RegionPlan>> regional,
            Pricing pricing,
            List<Problem> problems) {
        services(tier.services(), "database", model, problems);
        Map<String, List<String>> zones = locations(tier::usedBy, model, regional, pricing);
        List<PostgresMember> members = tier.cluster().members();
        for (int i = 0; i < members.size(); i++) {
            PostgresMember m = members.get(i);
            place(m.region(), m.zone(), "database.members[" + i + "]", "database", zones, problems);
        }
    }

    /** Checks a cache the same way: its services exist and its processes run where they do. */
    static void check(
            CacheSection cache,
            ClusterModel model,
            Map<Integer, List<RegionPlan>> regional,
            Pricing pricing,
            List<Problem> problems) {
        services(cache.services(), "cache", model, problems);
        Map<String, List<String>> zones = locations(cache::usedBy, model, regional, pricing);
        for (int i = 0; i < cache.nodes().size(); i++) {
            CacheNode n = cache.nodes().get(i);
            place(n.region(), n.zone(), "cache.nodes[" + i + "]", "cache", zones, problems);
        }
    }

    private static void services(
            List<String> used, String section, ClusterModel model, List<Problem> problems) {
        List<String> names = model.services().stream().map(ServiceModel::name).toList();
        for (int i = 0; i < used.size(); i++) {
            String name = used.get(i);
            if (!names.contains(name)) {
                problems.add(
                        new Problem(
                                section + ".services[" + i + "]",
                                "expected the name of a service "
                                        + names
                                        + ", was \""
                                        + name
                                        + "\""));
            }
        }
    }

    /** Returns the zones of every region a service using the database runs in, by region id. */
    private static Map<String, List<String>> locations(
            Predicate<String> usedBy,
            ClusterModel model,
            Map<Integer, List<RegionPlan>> regional,
            Pricing pricing) {
        Map<String, List<String>> zones = new LinkedHashMap<>();
        for (int i = 0; i < model.services().size(); i++) {
            ServiceModel s = model.services().get(i);
            if (!usedBy.test(s.name())) {
                continue;
            }
            if (!s.isPlaced()) {
                List<String> known =
                        pricing.region(model.provider(), model.region())
                                .map(Region::zones)
                                .orElse(List.of());
                zones.putIfAbsent(model.region(), known);
            }
            for (RegionPlan r : regional.getOrDefault(i, List.of())) {
                zones.computeIfAbsent(r.location().id(), k -> new ArrayList<>()).addAll(r.zones());
            }
        }
        return zones;
    }

    private static void place(
            String region,
            String zone,
            String path,
            String section,
            Map<String, List<String>> zones,
            List<Problem> problems) {
        List<String> inRegion = zones.get(region);
        if (inRegion == null) {
            problems.add(
                    new Problem(
                            path + ".region",
                            "expected a region where a service using the "
                                    + section
                                    + " runs "
                                    + List.copyOf(zones.keySet())
                                    + ", was \""
                                    + region
                                    + "\""));
        } else if (!inRegion.isEmpty() && !inRegion.contains(zone)) {
            problems.add(
                    new Problem(
                            path + ".zone",
                            "expected a zone of "
                                    + region
                                    + " "
                                    + inRegion
                                    + ", was \""
                                    + zone
                                    + "\""));
        }
    }
}
