package io.devopssim.core.sim;

import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL cluster that takes part in a run: what the services write and which services use it.
 *
 * <p>Every step the primary writes {@code requests per second × writeBytesPerRequest} of WAL, from
 * the arrival rate of the services that use it. While the cluster has no primary, {@code
 * writeRequestShare} of the requests those services would have served fail.
 *
 * @param cluster the members, their locations and the Patroni settings
 * @param writeBytesPerRequest WAL bytes one request writes on average, finite and at least 0
 * @param writeRequestShare the share of requests that write, in [0, 1]
 * @param services the names of the services that use the database; empty for every service
 */
public record DatabaseTier(
        PostgresClusterSpec cluster,
        double writeBytesPerRequest,
        double writeRequestShare,
        List<String> services) {

    /**
     * Checks the values and copies the list.
     *
     * @throws IllegalArgumentException if a number is out of its range
     */
    public DatabaseTier {
        Objects.requireNonNull(cluster, "cluster");
        services = List.copyOf(services);
        if (!(writeBytesPerRequest >= 0) || Double.isInfinite(writeBytesPerRequest)) {
            throw new IllegalArgumentException(
                    "writeBytesPerRequest must be a finite number >= 0, was "
                            + writeBytesPerRequest);
        }
        if (!(writeRequestShare >= 0 && writeRequestShare <= 1)) {
            throw new IllegalArgumentException(
                    "writeRequestShare must be in [0, 1], was " + writeRequestShare);
        }
    }

    /**
     * Returns whether the service of that name uses the database.
     *
     * @param service a service's name
     * @return true if {@link #services()} is empty or names it
     */
    public boolean usedBy(String service) {
        return services.isEmpty() || services.contains(service);
    }
}
