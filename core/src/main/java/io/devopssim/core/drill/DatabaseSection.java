package io.devopssim.core.drill;

import io.devopssim.core.datatier.backup.WalArchiveSpec;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.sim.DatabaseTier;
import java.util.List;
import java.util.Objects;

/**
 * The PostgreSQL cluster of a scenario, with its WAL archive and how much the traffic writes.
 *
 * @param cluster the members, their locations and the Patroni settings
 * @param archive base backups and WAL archived to another region
 * @param writeBytesPerRequest WAL bytes one request writes on average; the write rate follows the
 *     traffic
 * @param writeRequestShare the share of requests that write, and fail while there is no primary
 * @param services the services that use the database; empty for every service
 */
public record DatabaseSection(
        PostgresClusterSpec cluster,
        WalArchiveSpec archive,
        double writeBytesPerRequest,
        double writeRequestShare,
        List<String> services) {

    /** Checks that the parts are present and copies the list. */
    public DatabaseSection {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(archive, "archive");
        services = List.copyOf(services);
    }

    /**
     * Creates a section used by every service.
     *
     * @param cluster the members, their locations and the Patroni settings
     * @param archive base backups and WAL archived to another region
     * @param writeBytesPerRequest WAL bytes one request writes on average
     * @param writeRequestShare the share of requests that write
     */
    public DatabaseSection(
            PostgresClusterSpec cluster,
            WalArchiveSpec archive,
            double writeBytesPerRequest,
            double writeRequestShare) {
        this(cluster, archive, writeBytesPerRequest, writeRequestShare, List.of());
    }

    /**
     * Returns the cluster as a run takes it, for {@link
     * io.devopssim.core.sim.SimulationBuilder#database}.
     *
     * @return the cluster, its writes and its services
     */
    public DatabaseTier tier() {
        return new DatabaseTier(cluster, writeBytesPerRequest, writeRequestShare, services);
    }
}
