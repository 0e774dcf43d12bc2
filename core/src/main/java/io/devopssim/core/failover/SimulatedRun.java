package io.devopssim.core.failover;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.backup.RegionLoss;
import io.devopssim.core.datatier.backup.WalArchive;
import io.devopssim.core.datatier.postgres.FailoverEvent;
import io.devopssim.core.datatier.postgres.PostgresCluster;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.routing.FailoverReport;
import io.devopssim.core.routing.GlobalRouting;
import io.devopssim.core.routing.RegionMarkedUnhealthy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One simulated failure: routing, PostgreSQL, WAL archive and replica start-ups on one kernel.
 *
 * <p>The failure instant is drawn uniformly from the world's failure window (stream {@code
 * failover/failure-time}); the plan's added replicas are requested at the first detection and start
 * after draws of the world's start-up distribution (stream {@code failover/startup/<region>})
 * unless the plan pre-provisions them.
 */
final class SimulatedRun {

    private static final double STEP = 0.5;

    double detection;
    double shifted;
    double databaseReady;
    double capacityEnough;
    double rpoBytes;
    double rpoSeconds;
    double requestsLost;

    private final FailoverTopology world;
    private final FailoverPlan plan;
    private final Impact impact;
    private final Traffic traffic;
    private final SimulationKernel kernel;
    private final double failedAt;
    private final double[][] ready;
    private double firstDetection = Double.NaN;

    private SimulatedRun(FailoverTopology world, FailoverPlan plan, long seed) {
        this.world = world;
        this.plan = plan;
        this.impact = Impact.of(world, plan.failure());
        this.traffic =
                impact.failure().kind() == FailureScope.Kind.DATABASE_PRIMARY
                        ? null
                        : new Traffic(world, impact);
        this.kernel = SimulationKernel.create(seed);
        this.failedAt =
                world.failureAtSeconds()
                        + kernel.random("failover/failure-time").nextDouble()
                                * world.failureWindowSeconds();
        this.ready = new double[impact.surviving().size()][];
    }

    static SimulatedRun run(FailoverTopology world, FailoverPlan plan, long seed) {
        SimulatedRun run = new SimulatedRun(world, plan, seed);
        run.execute();
        return run;
    }

    private void execute() {
        double horizon = Math.min(6 * 3600, Math.max(1800, 4 * plan.rtoSeconds()));
        double until = failedAt + horizon;
        Optional<GlobalRouting> routing = Optional.ofNullable(traffic).map(this::startRouting);
        PostgresCluster db =
                PostgresCluster.start(
                        kernel, world.database(), WriteLoad.constant(world.writeBytesPerSecond()));
        impact.lostMembers().forEach(m -> db.failAt(m, failedAt));
        WalArchive archive =
                WalArchive.start(
                        kernel,
                        world.walArchive(),
                        WriteLoad.constant(world.writeBytesPerSecond()));
        if (impact.primaryLost()) {
            archive.loseRegionAt(failedAt);
        }
        kernel.runUntil(until);

        double lost = routing.map(r -> trafficOutcome(r, until)).orElse(0.0);
        databaseOutcome(db, archive, horizon);
        double served =
                traffic == null
                        ? Traffic.sourceRates(world.routing(), failedAt).values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum()
                        : traffic.total - traffic.deadRate();
        requestsLost = lost + PlanAssembly.writesLost(world, served, databaseReady);
        capacityEnough = traffic == null ? 0 : enoughAt(horizon);
    }

    private GlobalRouting startRouting(Traffic t) {
        GlobalRouting routing = GlobalRouting.start(kernel, t.routing);
        kernel.scheduleAt(failedAt, k -> t.units.forEach(routing::regionFailed));
        kernel.addListener(RegionMarkedUnhealthy.class, this::detected);
        return routing;
    }

    private void detected(RegionMarkedUnhealthy e) {
        if (!Double.isNaN(firstDetection) || e.failedAt() != failedAt) {
            return;
        }
        firstDetection = e.time();
        int j = 0;
        for (CapacityChange c : plan.capacity()) {
            double[] times = new double[c.replicasToAdd()];
            var random = kernel.random("failover/startup/" + c.region());
            for (int i = 0; i < times.length; i++) {
                times[i] = plan.standby() ? 0 : e.time() + world.replicaStartup().sample(random);
            }
            Arrays.sort(times);
            ready[j++] = times;
        }
    }

    private double trafficOutcome(GlobalRouting routing, double until) {
        double failed = 0;
        detection = Double.POSITIVE_INFINITY;
        shifted = 0;
        for (String unit : traffic.units) {
            FailoverReport r = routing.report(unit, failedAt, until, 1.0);
            failed += r.failedRequests();
            detection = Math.min(detection, r.detectionSeconds().orElse(until - failedAt));
            shifted = Math.max(shifted, r.recoveredSeconds().orElse(until - failedAt));
        }
        return failed + overload(routing, until);
    }

    private double overload(GlobalRouting routing, double until) {
        List<String> ids = List.copyOf(impact.surviving().keySet());
        double lost = 0;
        for (int j = 0; j < ids.size(); j++) {
            ServiceRegion r = world.region(ids.get(j)).orElseThrow();
            double[] times = ready[j] == null ? new double[0] : ready[j];
            int alive = impact.surviving().get(r.id());
            int count = 0;
            for (double t = failedAt + STEP / 2; t < until; t += STEP) {
                while (count < times.length && times[count] <= t) {
                    count++;
                }
                double load = load(routing, r, t);
                lost += Math.max(0, load - (alive + count) * r.rpsPerReplica()) * STEP;
            }
        }
        return lost;
    }

    private double load(GlobalRouting routing, ServiceRegion region, double t) {
        if (impact.isZone()) {
            if (!impact.zoneRegion().orElseThrow().equals(region)) {
                return traffic.before.get(region.id());
            }
            String source = traffic.routing.sources().get(0).name();
            double rate = traffic.after.get(region.id());
            return rate * (1 - routing.share(source, impact.failure().target(), t));
        }
        double load = 0;
        for (var s : world.routing().sources()) {
            load += routing.rateRps(s.name(), t) * routing.share(s.name(), region.id(), t);
        }
        return load;
    }

    private double enoughAt(double horizon) {
        List<String> ids = List.copyOf(impact.surviving().keySet());
        double enough = 0;
        for (int j = 0; j < ids.size(); j++) {
            ServiceRegion r = world.region(ids.get(j)).orElseThrow();
            int need =
                    CapacityPlan.ceil(traffic.after.get(r.id()) / r.rpsPerReplica())
                            - impact.surviving().get(r.id());
            if (need <= 0) {
                continue;
            }
            double[] times = ready[j] == null ? new double[0] : ready[j];
            enough =
                    Math.max(
                            enough,
                            need <= times.length
                                    ? Math.max(0, times[need - 1] - failedAt)
                                    : horizon);
        }
        return enough;
    }

    private void databaseOutcome(PostgresCluster db, WalArchive archive, double horizon) {
        if (!impact.primaryLost()) {
            return;
        }
        Optional<FailoverEvent.ReplicaPromoted> promoted =
                db.events().stream()
                        .filter(FailoverEvent.ReplicaPromoted.class::isInstance)
                        .map(FailoverEvent.ReplicaPromoted.class::cast)
                        .filter(e -> e.primaryLostAt() == failedAt)
                        .findFirst();
        if (promoted.isPresent()) {
            databaseReady = promoted.get().writeOutageSeconds();
            rpoBytes = promoted.get().rpoBytes();
            rpoSeconds = promoted.get().rpoSeconds();
            if (traffic == null) {
                detection = keyExpiry(db).orElse(horizon);
            }
            return;
        }
        RegionLoss loss = archive.regionLoss().orElseThrow();
        double start = traffic != null ? detection : keyExpiry(db).orElse(horizon);
        if (traffic == null) {
            detection = start;
        }
        databaseReady = start + loss.rtoSeconds();
        rpoBytes = loss.rpoBytes();
        rpoSeconds = loss.rpoSeconds();
    }

    private Optional<Double> keyExpiry(PostgresCluster db) {
        return db.events().stream()
                .filter(FailoverEvent.LeaderKeyExpired.class::isInstance)
                .map(e -> e.time() - failedAt)
                .filter(t -> t >= 0)
                .findFirst();
    }

    double rto() {
        return Math.max(Math.max(shifted, databaseReady), capacityEnough);
    }
}
