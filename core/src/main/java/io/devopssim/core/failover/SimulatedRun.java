package io.devopssim.core.failover;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.backup.RegionLoss;
import io.devopssim.core.datatier.backup.WalArchive;
import io.devopssim.core.datatier.postgres.FailoverEvent;
import io.devopssim.core.datatier.postgres.PostgresCluster;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.FailoverReport;
import io.devopssim.core.routing.GlobalRouting;
import io.devopssim.core.routing.RegionMarkedUnhealthy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One simulated failure: routing, PostgreSQL, WAL archive and replica start-ups on one kernel.
 *
 * <p>The failure instant is drawn uniformly from the world's failure window (stream {@code
 * failover/failure-time}); the plan's added replicas are requested at the first detection and start
 * after draws of the world's start-up distribution (stream {@code failover/startup/<region>})
 * unless the plan pre-provisions them. The run lasts {@code max(1800 s, 4 × planned RTO)}, at most
 * 6 h; a milestone not reached by then counts as the run's length.
 */
final class SimulatedRun {

    private static final double STEP = 0.5;
    private static final double MIN_HORIZON = 1800;
    private static final double MAX_HORIZON = 6 * 3600;
    private static final double[] NONE = new double[0];

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
    private final Optional<Traffic> traffic;
    private final SimulationKernel kernel;
    private final double failedAt;
    private final double horizon;
    private final Map<String, double[]> ready = new HashMap<>();
    private double firstDetection = Double.NaN;

    private SimulatedRun(FailoverTopology world, FailoverPlan plan, long seed) {
        this.world = world;
        this.plan = plan;
        this.impact = Impact.of(world, plan.failure());
        this.traffic =
                impact.takesServing() ? Optional.of(new Traffic(world, impact)) : Optional.empty();
        this.kernel = SimulationKernel.create(seed);
        RandomGenerator instant = kernel.random("failover/failure-time");
        this.failedAt =
                world.failureAtSeconds() + instant.nextDouble() * world.failureWindowSeconds();
        this.horizon = Math.min(MAX_HORIZON, Math.max(MIN_HORIZON, 4 * plan.rtoSeconds()));
    }

    static SimulatedRun run(FailoverTopology world, FailoverPlan plan, long seed) {
        SimulatedRun run = new SimulatedRun(world, plan, seed);
        run.execute();
        return run;
    }

    double rto() {
        return Math.max(Math.max(shifted, databaseReady), capacityEnough);
    }

    private void execute() {
        double until = failedAt + horizon;
        Optional<GlobalRouting> routing = traffic.map(this::startRouting);
        WriteLoad writes = WriteLoad.constant(world.writeBytesPerSecond());
        PostgresCluster db = PostgresCluster.start(kernel, world.database(), writes);
        impact.lostMembers().forEach(m -> db.failAt(m, failedAt));
        WalArchive archive = WalArchive.start(kernel, world.walArchive(), writes);
        if (impact.primaryLost()) {
            archive.loseRegionAt(failedAt);
        }
        kernel.runUntil(until);

        double lost = routing.map(r -> trafficOutcome(r, until)).orElse(0.0);
        databaseOutcome(db, archive);
        requestsLost = lost + PlanAssembly.writesLost(world, servedRps(), databaseReady);
        capacityEnough = traffic.map(this::enoughAt).orElse(0.0);
    }

    private double servedRps() {
        if (traffic.isPresent()) {
            return traffic.get().total - traffic.get().deadRate();
        }
        return Traffic.sourceRates(world.routing(), failedAt).values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
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
        for (CapacityChange c : plan.capacity()) {
            double[] times = new double[c.replicasToAdd()];
            RandomGenerator random = kernel.random("failover/startup/" + c.region());
            for (int i = 0; i < times.length; i++) {
                times[i] = plan.standby() ? 0 : e.time() + world.replicaStartup().sample(random);
            }
            Arrays.sort(times);
            ready.put(c.region(), times);
        }
    }

    private double trafficOutcome(GlobalRouting routing, double until) {
        Traffic t = traffic.orElseThrow();
        double failed = 0;
        detection = Double.POSITIVE_INFINITY;
        for (String unit : t.units) {
            FailoverReport r = routing.report(unit, failedAt, until, 1.0);
            failed += r.failedRequests();
            detection = Math.min(detection, r.detectionSeconds().orElse(horizon));
            shifted = Math.max(shifted, r.recoveredSeconds().orElse(horizon));
        }
        double overload = 0;
        for (String region : impact.surviving().keySet()) {
            overload += overload(routing, world.region(region).orElseThrow(), until);
        }
        return failed + overload;
    }

    private double overload(GlobalRouting routing, ServiceRegion r, double until) {
        double[] times = ready.getOrDefault(r.id(), NONE);
        int alive = impact.surviving().get(r.id());
        int count = 0;
        double lost = 0;
        for (double t = failedAt + STEP / 2; t < until; t += STEP) {
            while (count < times.length && times[count] <= t) {
                count++;
            }
            lost += Math.max(0, load(routing, r, t) - (alive + count) * r.rpsPerReplica()) * STEP;
        }
        return lost;
    }

    private double load(GlobalRouting routing, ServiceRegion region, double t) {
        Traffic tr = traffic.orElseThrow();
        if (impact.isZone()) {
            if (!impact.zoneRegion().orElseThrow().equals(region)) {
                return tr.before.get(region.id());
            }
            String balancer = tr.routing.sources().get(0).name();
            double deadShare = routing.share(balancer, impact.failure().target(), t);
            return tr.after.get(region.id()) * (1 - deadShare);
        }
        double load = 0;
        for (ClientSource s : world.routing().sources()) {
            load += routing.rateRps(s.name(), t) * routing.share(s.name(), region.id(), t);
        }
        return load;
    }

    private double enoughAt(Traffic t) {
        double enough = 0;
        for (Map.Entry<String, Integer> e : impact.surviving().entrySet()) {
            ServiceRegion r = world.region(e.getKey()).orElseThrow();
            double load = t.after.get(r.id());
            int need =
                    CapacityPlan.atTarget(load, r.rpsPerReplica(), world.targetUtilisation())
                            - e.getValue();
            if (need > 0) {
                double[] times = ready.getOrDefault(r.id(), NONE);
                double at = need <= times.length ? times[need - 1] - failedAt : horizon;
                enough = Math.max(enough, Math.max(0, at));
            }
        }
        return enough;
    }

    private void databaseOutcome(PostgresCluster db, WalArchive archive) {
        if (!impact.primaryLost()) {
            return;
        }
        Optional<FailoverEvent.ReplicaPromoted> promoted =
                db.events().stream()
                        .filter(FailoverEvent.ReplicaPromoted.class::isInstance)
                        .map(FailoverEvent.ReplicaPromoted.class::cast)
                        .filter(e -> e.primaryLostAt() == failedAt)
                        .findFirst();
        if (traffic.isEmpty()) {
            detection = keyExpiry(db);
        }
        if (promoted.isPresent()) {
            databaseReady = promoted.get().writeOutageSeconds();
            rpoBytes = promoted.get().rpoBytes();
            rpoSeconds = promoted.get().rpoSeconds();
            return;
        }
        RegionLoss loss = archive.regionLoss().orElseThrow();
        databaseReady = detection + loss.rtoSeconds();
        rpoBytes = loss.rpoBytes();
        rpoSeconds = loss.rpoSeconds();
    }

    private double keyExpiry(PostgresCluster db) {
        return db.events().stream()
                .filter(FailoverEvent.LeaderKeyExpired.class::isInstance)
                .mapToDouble(e -> e.time() - failedAt)
                .filter(t -> t >= 0)
                .findFirst()
                .orElse(horizon);
    }
}
