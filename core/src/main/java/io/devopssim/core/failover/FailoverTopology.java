package io.devopssim.core.failover;

import io.devopssim.core.datatier.backup.WalArchiveSpec;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.routing.RoutingConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The world a failover planner works on: serving regions, global routing, database, start-up.
 *
 * <p>Failures are planned at a random instant, uniform in {@code [failureAtSeconds,
 * failureAtSeconds + failureWindowSeconds)}; request rates are taken from the routing configuration
 * at the window's middle and held for the failover. New replicas are requested when the failure is
 * detected and start in {@code replicaStartup} seconds each, drawn independently.
 *
 * <p>Build instances with {@link #builder(String)}, which validates and reports every problem at
 * once; the canonical constructor does not validate.
 *
 * @param name the world's name, used to name plans
 * @param regions the serving regions, ids unique, the same as the routing configuration's
 * @param routing the clients and how they are routed to the serving regions
 * @param database the PostgreSQL cluster; its members are in serving regions' zones
 * @param walArchive base backups and WAL archived to another region, the last resort
 * @param writeBytesPerSecond the primary's WAL write rate, at least 0
 * @param writeRequestShare the share of requests that write and fail while there is no primary
 * @param peakRps the peak total request rate the survivors must carry, above 0
 * @param targetUtilisation the utilisation added capacity is sized for and recovered capacity is
 *     judged at (the HPA's target as a share of a replica's capacity), in (0, 1]
 * @param replicaStartup seconds from requesting a replica to it serving
 * @param rtoTargetSeconds when set, added capacity is pre-provisioned if adding it on demand would
 *     miss this RTO
 * @param failureAtSeconds the start of the window the failure happens in, at least 0
 * @param failureWindowSeconds the window's length, above 0
 */
public record FailoverTopology(
        String name,
        List<ServiceRegion> regions,
        RoutingConfig routing,
        PostgresClusterSpec database,
        WalArchiveSpec walArchive,
        double writeBytesPerSecond,
        double writeRequestShare,
        double peakRps,
        double targetUtilisation,
        Distribution replicaStartup,
        OptionalDouble rtoTargetSeconds,
        double failureAtSeconds,
        double failureWindowSeconds) {

    /** Copies the list. */
    public FailoverTopology {
        regions = List.copyOf(regions);
    }

    /**
     * Returns a builder; see {@link FailoverTopologyBuilder} for the defaults.
     *
     * @param name the world's name
     * @return the builder
     */
    public static FailoverTopologyBuilder builder(String name) {
        return new FailoverTopologyBuilder(Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns a serving region by id.
     *
     * @param id the region's id
     * @return the region, or empty
     */
    public Optional<ServiceRegion> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Returns the providers in order of first appearance. */
    public List<String> providers() {
        return regions.stream().map(ServiceRegion::provider).distinct().toList();
    }

    /** Returns the instant in the middle of the failure window, in simulated seconds. */
    public double meanFailureTime() {
        return failureAtSeconds + failureWindowSeconds / 2;
    }
}
