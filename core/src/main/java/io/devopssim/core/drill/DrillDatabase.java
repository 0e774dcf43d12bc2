package io.devopssim.core.drill;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.backup.RegionLoss;
import io.devopssim.core.datatier.backup.WalArchive;
import io.devopssim.core.drill.DrillResult.DatabaseOutcome;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.load.Workload;
import io.devopssim.core.sim.DatabaseResult;
import io.devopssim.core.sim.SimulationResult;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the drill's database outcome from the run, which ran the scenario's PostgreSQL cluster.
 *
 * <p>The run's region outage took the members in the failed region; the failover it started gives
 * the promotion time and the RPO. If Patroni promoted no one, the WAL archive is replayed on its
 * own kernel, seeded with the run's seed, from {@link #LEAD} seconds before the failure (long
 * enough for archiving to settle), with the services' request rates of the run times the WAL bytes
 * per request; its region-loss assessment gives the RPO and the restore time.
 */
final class DrillDatabase {

    static final double LEAD = 600;
    private static final double SAME_TIME = 1e-6;

    private DrillDatabase() {}

    /**
     * Returns the database's part of the drill.
     *
     * @throws IllegalArgumentException if the run had no database
     */
    static DatabaseOutcome outcome(DatabaseSection db, Drill.Prepared drill, SimulationResult run) {
        DatabaseResult result =
                run.database()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "the drill's run had no database; build it with"
                                                        + " SimulationBuilder.database(the"
                                                        + " section's tier())"));
        double failAt = drill.failureAt();
        for (DatabaseResult.Failover f : result.failovers()) {
            if (Math.abs(f.lostAt() - failAt) >= SAME_TIME) {
                continue;
            }
            if (f.newPrimary().isEmpty()) {
                return restored(db, drill, run.seed());
            }
            return new DatabaseOutcome(
                    "promoted " + f.newPrimary().get(),
                    OptionalDouble.of(f.promotedAt().getAsDouble() - failAt),
                    f.rpoBytes(),
                    f.rpoSeconds());
        }
        return new DatabaseOutcome("primary not in the failed region", OptionalDouble.of(0), 0, 0);
    }

    private static DatabaseOutcome restored(DatabaseSection db, Drill.Prepared drill, long seed) {
        double offset = Math.max(0, drill.failureAt() - LEAD);
        double failAt = drill.failureAt() - offset;
        List<Workload> workloads = drill.workloads();
        WriteLoad writes = t -> db.writeBytesPerRequest() * rate(workloads, t + offset);
        SimulationKernel kernel = SimulationKernel.create(seed);
        WalArchive archive = WalArchive.start(kernel, db.archive(), writes);
        archive.loseRegionAt(failAt);
        kernel.runUntil(failAt);
        RegionLoss loss = archive.regionLoss().orElseGet(archive::assessRegionLoss);
        return new DatabaseOutcome(
                "no replica could be promoted; restored from the WAL archive",
                OptionalDouble.of(loss.rtoSeconds()),
                loss.rpoBytes(),
                loss.rpoSeconds());
    }

    private static double rate(List<Workload> workloads, double t) {
        double total = 0;
        for (Workload w : workloads) {
            double r = w.rate(t);
            if (Double.isFinite(r) && r > 0) {
                total += r;
            }
        }
        return total;
    }
}
