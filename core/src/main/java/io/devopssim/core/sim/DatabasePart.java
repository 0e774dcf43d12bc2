package io.devopssim.core.sim;

import io.devopssim.core.datatier.postgres.FailoverEvent;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryDemoted;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryLost;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaPromoted;
import io.devopssim.core.datatier.postgres.PostgresCluster;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.failure.FailureStarted;
import io.devopssim.core.failure.Level;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The run's PostgreSQL cluster as a part of the data tier: it writes what the services' requests
 * write, loses the members a failure takes down, and fails the writing requests while it has no
 * primary.
 *
 * <p>The write rate of a step is the rate of the services' requests reaching live capacity at its
 * start (see {@link DataTier#step}) times the WAL bytes per request, held for the step. Whether
 * there is a primary is read at the start of each step, so a step counts wholly with or without
 * one: the failed requests are exact to within one step.
 */
final class DatabasePart implements DataTierPart {

    private final DatabaseTier tier;
    private final PostgresCluster cluster;
    private final double step;
    private double writeRate;
    private double failedShare;
    private double refusedRequests;

    private DatabasePart(SimulationKernel kernel, DatabaseTier tier, double step) {
        this.tier = tier;
        this.step = step;
        this.cluster = PostgresCluster.start(kernel, tier.cluster(), t -> writeRate);
    }

    /**
     * Starts the cluster on the run's kernel, listening for the failures that take its members.
     *
     * @param step the run's step, in seconds
     */
    static DatabasePart start(SimulationKernel kernel, DatabaseTier tier, double step) {
        DatabasePart part = new DatabasePart(kernel, tier, step);
        kernel.addListener(FailureStarted.class, part::failureStarted);
        return part;
    }

    /** Loses every member whose zone or region the failure took down, at the failure's time. */
    private void failureStarted(FailureStarted e) {
        List<String> zones = e.changed(Level.ZONE);
        List<String> regions = e.changed(Level.REGION);
        for (PostgresMember m : tier.cluster().members()) {
            if (zones.contains(m.zone()) || regions.contains(m.region())) {
                cluster.failAt(m.name(), e.time());
            }
        }
    }

    @Override
    public void step(double time, double requestRate) {
        writeRate = requestRate * tier.writeBytesPerRequest();
        failedShare = cluster.primary().isPresent() ? 0 : tier.writeRequestShare();
        refusedRequests += requestRate * failedShare * step;
    }

    @Override
    public double failedShare() {
        return failedShare;
    }

    /**
     * Returns the part's outcome at the end of the run.
     *
     * @param services the services that used it
     * @param end the end of the run
     * @param failedRequests the requests the run attributes to the database
     */
    DatabaseResult result(List<String> services, double end, double failedRequests) {
        List<DatabaseResult.Failover> failovers = failovers(cluster.events());
        double without = 0;
        for (DatabaseResult.Failover f : failovers) {
            without += f.writeOutageSeconds(end);
        }
        return new DatabaseResult(
                tier.cluster().name(),
                services,
                tier.cluster().initialPrimary(),
                cluster.primary(),
                cluster.timeline(),
                failovers,
                without,
                cluster.refusedWriteBytes(),
                refusedRequests,
                failedRequests,
                cluster.events());
    }

    /** Pairs each loss of a primary with the promotion that ended it, if any. */
    static List<DatabaseResult.Failover> failovers(List<FailoverEvent> events) {
        List<DatabaseResult.Failover> done = new ArrayList<>();
        Lost open = null;
        int timeline = 1;
        for (FailoverEvent e : events) {
            if (e instanceof PrimaryLost l) {
                open = new Lost(l.time(), l.member());
            } else if (e instanceof PrimaryDemoted d) {
                open = new Lost(d.time(), d.member());
            } else if (e instanceof ReplicaPromoted p && open != null) {
                timeline = p.timeline();
                done.add(open.promoted(p));
                open = null;
            }
        }
        if (open != null) {
            done.add(open.unanswered(timeline));
        }
        return done;
    }

    private record Lost(double time, String member) {

        DatabaseResult.Failover promoted(ReplicaPromoted p) {
            return new DatabaseResult.Failover(
                    time,
                    member,
                    OptionalDouble.of(p.time()),
                    Optional.of(p.member()),
                    p.timeline(),
                    p.rpoBytes(),
                    p.rpoSeconds());
        }

        DatabaseResult.Failover unanswered(int timeline) {
            return new DatabaseResult.Failover(
                    time,
                    member,
                    OptionalDouble.empty(),
                    Optional.empty(),
                    timeline,
                    Double.NaN,
                    Double.NaN);
        }
    }
}
