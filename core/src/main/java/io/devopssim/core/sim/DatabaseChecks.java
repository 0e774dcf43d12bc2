package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a run's database against its model: the services it names exist, and every member sits in
 * a zone of a region where a service using it runs.
 */
final class DatabaseChecks {

    private DatabaseChecks() {}

    static void check(
            DatabaseTier tier,
            ClusterModel model,
            Map<Integer, List<RegionPlan>> regional,
            Pricing pricing,
            List<Problem> problems) {
        List<String> names = model.services().stream().map(ServiceModel::name).toList();
        for (int i = 0; i < tier.services().size(); i++) {
            String name = tier.services().get(i);
            if (!names.contains(name)) {
                problems.add(
                        new Problem(
                                "database.services[" + i + "]",
                                "expected the name of a service "
                                        + names
                                        + ", was \""
                                        + name
                                        + "\""));
            }
        }
        Map<String, List<String>> zones = locations(tier, model, regional, pricing);
        List<PostgresMember> members = tier.cluster().members();
        for (int i = 0; i < members.size(); i++) {
            member(members.get(i), "database.members[" + i + "]", zones, problems);
        }
    }

    /** Returns the zones of every region a service using the database runs in, by region id. */
    private static Map<String, List<String>> locations(
            DatabaseTier tier,
            ClusterModel model,
            Map<Integer, List<RegionPlan>> regional,
            Pricing pricing) {
        Map<String, List<String>> zones = new LinkedHashMap<>();
        for (int i = 0; i < model.services().size(); i++) {
            ServiceModel s = model.services().get(i);
            if (!tier.usedBy(s.name())) {
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

    private static void member(
            PostgresMember m,
            String path,
            Map<String, List<String>> zones,
            List<Problem> problems) {
        List<String> inRegion = zones.get(m.region());
        if (inRegion == null) {
            problems.add(
                    new Problem(
                            path + ".region",
                            "expected a region where a service using the database runs "
                                    + List.copyOf(zones.keySet())
                                    + ", was \""
                                    + m.region()
                                    + "\""));
        } else if (!inRegion.isEmpty() && !inRegion.contains(m.zone())) {
            problems.add(
                    new Problem(
                            path + ".zone",
                            "expected a zone of "
                                    + m.region()
                                    + " "
                                    + inRegion
                                    + ", was \""
                                    + m.zone()
                                    + "\""));
        }
    }
}
