package io.devopssim.core.drill;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.backup.RegionLoss;
import io.devopssim.core.datatier.backup.WalArchive;
import io.devopssim.core.datatier.postgres.FailoverEvent;
import io.devopssim.core.datatier.postgres.PostgresCluster;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.drill.DrillResult.DatabaseOutcome;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.load.Workload;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Replays the drill on the scenario's PostgreSQL cluster and WAL archive.
 *
 * <p>The cluster runs on its own kernel, seeded with the run's seed, from {@link #LEAD} seconds
 * before the failure (long enough for replication and the HA loops to settle) until {@link #FOLLOW}
 * seconds after it. The write rate is the services' request rate at the same instants of the run
 * times the WAL bytes per request. Every member in the failed region is lost at the failure; if
 * Patroni promotes no one, the archive's region-loss assessment gives the RPO and the restore time.
 */
final class DrillDatabase {

    static final double LEAD = 600;
    static final double FOLLOW = 900;

    private DrillDatabase() {}

    static DatabaseOutcome replay(DatabaseSection db, Drill.Prepared drill, long seed) {
        double offset = Math.max(0, drill.failureAt() - LEAD);
        double failAt = drill.failureAt() - offset;
        List<Workload> workloads = drill.workloads();
        WriteLoad writes = t -> db.writeBytesPerRequest() * rate(workloads, t + offset);
        SimulationKernel kernel = SimulationKernel.create(seed);
        PostgresCluster cluster = PostgresCluster.start(kernel, db.cluster(), writes);
        WalArchive archive = WalArchive.start(kernel, db.archive(), writes);
        for (PostgresMember m : db.cluster().members()) {
            if (m.region().equals(drill.spec().region())) {
                cluster.failAt(m.name(), failAt);
            }
        }
        archive.loseRegionAt(failAt);
        kernel.runUntil(failAt + FOLLOW);
        for (FailoverEvent e : cluster.events()) {
            if (e instanceof FailoverEvent.ReplicaPromoted p && p.primaryLostAt() >= failAt) {
                return new DatabaseOutcome(
                        "promoted " + p.member(),
                        OptionalDouble.of(p.time() - failAt),
                        p.rpoBytes(),
                        p.rpoSeconds());
            }
        }
        if (cluster.primary().isPresent()) {
            return new DatabaseOutcome(
                    "primary not in the failed region", OptionalDouble.of(0), 0, 0);
        }
        return restored(archive, failAt);
    }

    private static DatabaseOutcome restored(WalArchive archive, double failAt) {
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
