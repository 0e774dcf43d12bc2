package io.devopssim.core.scenario;

import io.devopssim.cloud.CloudProviders;
import io.devopssim.cloud.Region;
import io.devopssim.core.datatier.cache.CacheNode;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.Suggestions;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a cache's processes run where its services do, and that its services exist.
 *
 * <p>A process's region must be one of the regions the cache's services are placed in (the model's
 * region for services without placements) and its zone one of that region's zones: the placement's,
 * or the cloud catalogue's when the placement names none. When the catalogue does not know the
 * region (its provider is not on the class path), the zone cannot be checked and is taken as given.
 */
final class CacheLocations {

    private CacheLocations() {}

    /**
     * Reports every process placed outside the services' regions and zones, and unknown services.
     *
     * @param model the validated model
     * @param cache the cache section
     * @param clouds the providers whose catalogues list regions' zones
     * @param problems where problems go, with {@code cache.} paths
     */
    static void check(
            ClusterModel model, CacheSection cache, CloudProviders clouds, Problems problems) {
        List<String> names = model.services().stream().map(ServiceModel::name).toList();
        boolean unknown = false;
        for (int i = 0; i < cache.services().size(); i++) {
            String service = cache.services().get(i);
            if (!names.contains(service)) {
                problems.add("cache.services[" + i + "]", unknownService(service, names));
                unknown = true;
            }
        }
        Map<String, Optional<List<String>>> zones = zonesByRegion(model, cache, clouds);
        if (unknown && zones.isEmpty()) {
            // no service named is known, so there is no region to check the processes against
            return;
        }
        int replicas = cache.spec().replicas().size();
        for (int i = 0; i < cache.nodes().size(); i++) {
            check(cache.nodes().get(i), path("cache", i, replicas), zones, problems);
        }
    }

    /** Returns the path of node {@code i}: the master, then replicas, then sentinels. */
    static String path(String section, int i, int replicaCount) {
        if (i == 0) {
            return section + ".master";
        }
        if (i <= replicaCount) {
            return section + ".replicas[" + (i - 1) + "]";
        }
        return section + ".sentinels[" + (i - 1 - replicaCount) + "]";
    }

    private static void check(
            CacheNode node,
            String path,
            Map<String, Optional<List<String>>> zones,
            Problems problems) {
        if (!zones.containsKey(node.region())) {
            problems.add(
                    path + ".region",
                    "expected a region of the cache's services "
                            + zones.keySet()
                            + ", was "
                            + Values.quoted(node.region()));
            return;
        }
        Optional<List<String>> known = zones.get(node.region());
        if (known.isPresent() && !known.get().contains(node.zone())) {
            problems.add(
                    path + ".zone",
                    "expected a zone of "
                            + node.region()
                            + " "
                            + known.get()
                            + ", was "
                            + Values.quoted(node.zone()));
        }
    }

    /** Returns the zones of each region the cache's services run in; empty where unknown. */
    private static Map<String, Optional<List<String>>> zonesByRegion(
            ClusterModel model, CacheSection cache, CloudProviders clouds) {
        Map<String, Optional<List<String>>> zones = new LinkedHashMap<>();
        for (ServiceModel s : model.services()) {
            if (!cache.usedBy(s.name())) {
                continue;
            }
            if (s.placements().isEmpty()) {
                zones.putIfAbsent(
                        model.region(), catalogue(clouds, model.provider(), model.region()));
            }
            for (Placement p : s.placements()) {
                Optional<List<String>> z =
                        p.zones().isEmpty()
                                ? catalogue(clouds, p.provider(), p.region())
                                : Optional.of(p.zones());
                zones.merge(p.region(), z, CacheLocations::union);
            }
        }
        return zones;
    }

    private static Optional<List<String>> union(
            Optional<List<String>> a, Optional<List<String>> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(a.get());
        b.get().stream().filter(z -> !all.contains(z)).forEach(all::add);
        return Optional.of(all);
    }

    private static Optional<List<String>> catalogue(
            CloudProviders clouds, String provider, String region) {
        if (!clouds.ids().contains(provider)) {
            return Optional.empty();
        }
        return clouds.get(provider).region(region).map(Region::zones);
    }

    private static String unknownService(String service, List<String> names) {
        Optional<String> hint = Suggestions.closest(service, names);
        return "no service called "
                + Values.quoted(service)
                + (hint.isPresent()
                        ? "; did you mean " + Values.quoted(hint.get()) + "?"
                        : "; expected one of " + names);
    }
}
