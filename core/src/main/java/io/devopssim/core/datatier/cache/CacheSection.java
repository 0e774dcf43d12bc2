package io.devopssim.core.datatier.cache;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The Redis cache of a scenario: its Sentinel setup, where its processes run and the load it sees.
 *
 * <p>Read from a scenario's {@code cache} section (see {@code docs/scenario-format.md}). The
 * services using the cache send it {@code readsPerRequest} reads per request; what misses goes to
 * the database, which answers at most {@code databaseReadCapacity} reads per second.
 *
 * @param spec the cache, its Sentinels and key popularity, validated
 * @param nodes where the master, the replicas and the sentinels run, in that order
 * @param readsPerRequest cache reads one request makes on average, > 0
 * @param databaseReadCapacity reads per second the database answers, > 0; infinite for no limit
 * @param services the services using the cache; empty means every service
 */
public record CacheSection(
        RedisCacheSpec spec,
        List<CacheNode> nodes,
        double readsPerRequest,
        double databaseReadCapacity,
        List<String> services) {

    /**
     * Checks the values and copies the lists.
     *
     * @throws IllegalArgumentException if a number is out of its range, or if the nodes are not the
     *     spec's master, replicas and sentinels, each once
     */
    public CacheSection {
        Objects.requireNonNull(spec, "spec");
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        services = List.copyOf(Objects.requireNonNull(services, "services"));
        if (!(readsPerRequest > 0) || Double.isInfinite(readsPerRequest)) {
            throw new IllegalArgumentException(
                    "readsPerRequest must be a finite number > 0, was " + readsPerRequest);
        }
        if (!(databaseReadCapacity > 0)) {
            throw new IllegalArgumentException(
                    "databaseReadCapacity must be > 0 reads per second (infinite for no limit),"
                            + " was "
                            + databaseReadCapacity);
        }
        checkNames(spec, nodes);
    }

    private static void checkNames(RedisCacheSpec spec, List<CacheNode> nodes) {
        List<String> expected = new ArrayList<>(List.of(spec.master()));
        expected.addAll(spec.replicaNames());
        expected.addAll(spec.sentinelNames());
        List<String> names = nodes.stream().map(CacheNode::name).toList();
        if (!new HashSet<>(names).equals(new HashSet<>(expected))
                || names.size() != expected.size()) {
            throw new IllegalArgumentException(
                    "nodes must place each of cache "
                            + spec.name()
                            + "'s processes "
                            + expected
                            + " once, were "
                            + names);
        }
    }

    /**
     * Returns whether the service sends its reads to this cache.
     *
     * @param service the service's name
     * @return true if it is listed, or if no service is listed
     */
    public boolean usedBy(String service) {
        Objects.requireNonNull(service, "service");
        return services.isEmpty() || services.contains(service);
    }
}
