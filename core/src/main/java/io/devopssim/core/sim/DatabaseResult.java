package io.devopssim.core.sim;

import io.devopssim.core.datatier.postgres.FailoverEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the run's PostgreSQL cluster did: its failovers, the time without a primary, what it
 * refused.
 *
 * @param cluster the cluster's name
 * @param services the services that used it, in model order
 * @param initialPrimary the primary at the start of the run
 * @param primary the primary at the end; empty if the run ended without one
 * @param timeline the timeline at the end: 1 plus the number of promotions
 * @param failovers each loss of a primary and what followed, in time order
 * @param secondsWithoutPrimary simulated time during which no primary accepted writes
 * @param refusedWriteBytes WAL bytes of writes refused for want of a primary
 * @param refusedWriteRequests requests that wanted to write while there was no primary, counted
 *     from the services' arrivals (including requests the services could not have served anyway)
 * @param failedRequests requests the services lost because of the database: its share of the data
 *     tier's failed requests (see {@code DataTier})
 * @param events every failover event of the cluster, in time order
 */
public record DatabaseResult(
        String cluster,
        List<String> services,
        String initialPrimary,
        Optional<String> primary,
        int timeline,
        List<Failover> failovers,
        double secondsWithoutPrimary,
        double refusedWriteBytes,
        double refusedWriteRequests,
        double failedRequests,
        List<FailoverEvent> events) {

    /** Checks for nulls and copies the lists. */
    public DatabaseResult {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(initialPrimary, "initialPrimary");
        Objects.requireNonNull(primary, "primary");
        services = List.copyOf(services);
        failovers = List.copyOf(failovers);
        events = List.copyOf(events);
    }

    /**
     * One loss of the primary (lost with its zone or region, or demoted) and the promotion after
     * it.
     *
     * @param lostAt when the primary stopped accepting writes
     * @param lostPrimary the member that was primary
     * @param promotedAt when the new primary accepted writes; empty if none did before the end
     * @param newPrimary the promoted member; empty if none
     * @param timeline the new timeline; the old one if nobody was promoted
     * @param rpoBytes WAL the old primary wrote that the new one never received; NaN without one
     * @param rpoSeconds how many seconds of writes those bytes are; NaN without a new primary
     */
    public record Failover(
            double lostAt,
            String lostPrimary,
            OptionalDouble promotedAt,
            Optional<String> newPrimary,
            int timeline,
            double rpoBytes,
            double rpoSeconds) {

        /** Checks for nulls. */
        public Failover {
            Objects.requireNonNull(lostPrimary, "lostPrimary");
            Objects.requireNonNull(promotedAt, "promotedAt");
            Objects.requireNonNull(newPrimary, "newPrimary");
        }

        /**
         * Returns how long there was no primary, up to {@code end} if nobody was promoted.
         *
         * @param end the end of the run
         * @return seconds without a writable primary
         */
        public double writeOutageSeconds(double end) {
            return (promotedAt.isPresent() ? promotedAt.getAsDouble() : end) - lostAt;
        }
    }
}
