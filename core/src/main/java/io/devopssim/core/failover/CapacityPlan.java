package io.devopssim.core.failover;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The capacity part of a plan: replicas to add per surviving region and the overload until ready.
 *
 * <p>A region that serves {@code L} requests per second after the shift, {@code P} at the world's
 * peak, with replicas of capacity {@code c} and {@code n} surviving, gets {@code max(0, ⌈max(P, L)
 * / (u c)⌉ − n)} replicas, {@code u} the target utilisation (the HPA's target). They are requested
 * at the first detection and each starts after a draw of the start-up distribution. Capacity is
 * recovered when every surviving region has {@code ⌈L / (u c)⌉} ready replicas: enough for its load
 * at the target, the definition the run's failover tracker also applies. The load moves linearly
 * from its value before the failure to {@code L} over the routing's shift; requests above the ready
 * capacity ({@code replicas × c}) fail. Expected overload and the time until capacity is recovered
 * are averaged over {@value #DRAWS} fixed-seed draws of the start-up times.
 */
final class CapacityPlan {

    static final int DRAWS = 500;
    private static final double DT = 0.25;
    private static final double EPS = 1e-9;

    final List<CapacityChange> changes = new ArrayList<>();
    final int[] surviving;
    final int[] add;
    final int[] toRecover;
    final double[] before;
    final double[] after;
    final double[] rps;
    double overload;
    double enoughMean;
    double enoughMin;
    double enoughMax;

    private CapacityPlan(int n) {
        surviving = new int[n];
        add = new int[n];
        toRecover = new int[n];
        before = new double[n];
        after = new double[n];
        rps = new double[n];
    }

    static CapacityPlan of(FailoverTopology world, Impact impact, Traffic traffic) {
        List<String> ids = List.copyOf(impact.surviving().keySet());
        CapacityPlan plan = new CapacityPlan(ids.size());
        double peakScale = world.peakRps() / traffic.total;
        for (int j = 0; j < ids.size(); j++) {
            ServiceRegion r = world.region(ids.get(j)).orElseThrow();
            plan.size(j, r, impact.surviving().get(r.id()), traffic, peakScale, world);
        }
        return plan;
    }

    private void size(
            int j, ServiceRegion r, int alive, Traffic t, double peakScale, FailoverTopology w) {
        surviving[j] = alive;
        before[j] = t.before.get(r.id());
        after[j] = t.after.get(r.id());
        rps[j] = r.rpsPerReplica();
        double peak = after[j] * peakScale;
        double u = w.targetUtilisation();
        toRecover[j] = Math.max(0, atTarget(after[j], rps[j], u) - alive);
        add[j] = Math.max(0, atTarget(Math.max(peak, after[j]), rps[j], u) - alive);
        double cost = add[j] * r.pricePerHour() * CapacityChange.HOURS_PER_MONTH;
        changes.add(new CapacityChange(r.provider(), r.id(), alive, after[j], peak, add[j], cost));
    }

    static int ceil(double x) {
        return (int) Math.ceil(x - EPS);
    }

    /**
     * Returns the replicas that carry a load at the target utilisation: {@code ⌈load / (rps ×
     * target)⌉}; what "capacity recovered" asks of each surviving region.
     */
    static int atTarget(double load, double rpsPerReplica, double target) {
        return ceil(load / (rpsPerReplica * target));
    }

    boolean needsCapacity() {
        for (int n : toRecover) {
            if (n > 0) {
                return true;
            }
        }
        return false;
    }

    /** Averages overload and time to capacity recovered over start-up draws, added on demand. */
    void simulateStartups(FailoverTopology world, ShiftTiming timing) {
        SplittableRandom random = new SplittableRandom(DRAWS);
        double sum = 0;
        double enough = 0;
        enoughMin = Double.POSITIVE_INFINITY;
        enoughMax = 0;
        for (int k = 0; k < DRAWS; k++) {
            double[][] ready = new double[add.length][];
            double e = 0;
            for (int j = 0; j < add.length; j++) {
                ready[j] = ShiftTiming.sortedDraws(world.replicaStartup(), add[j], random);
                for (int i = 0; i < ready[j].length; i++) {
                    ready[j][i] += timing.firstDetection();
                }
                if (toRecover[j] > 0) {
                    e = Math.max(e, ready[j][toRecover[j] - 1]);
                }
            }
            sum += overload(timing, ready);
            enough += e;
            enoughMin = Math.min(enoughMin, e);
            enoughMax = Math.max(enoughMax, e);
        }
        overload = sum / DRAWS;
        enoughMean = enough / DRAWS;
    }

    private double overload(ShiftTiming timing, double[][] ready) {
        double end = timing.answerChange() + timing.span();
        for (double[] r : ready) {
            end = Math.max(end, r.length == 0 ? 0 : r[r.length - 1]);
        }
        double lost = 0;
        for (int j = 0; j < add.length; j++) {
            int count = 0;
            for (double t = DT / 2; t < end + DT; t += DT) {
                while (count < ready[j].length && ready[j][count] <= t) {
                    count++;
                }
                double load = load(j, t, timing);
                lost += Math.max(0, load - (surviving[j] + count) * rps[j]) * DT;
            }
        }
        return lost;
    }

    double load(int j, double t, ShiftTiming timing) {
        double a = timing.answerChange();
        if (t < a) {
            return before[j];
        }
        double span = timing.span();
        if (span <= 0 || t >= a + span) {
            return after[j];
        }
        return before[j] + (after[j] - before[j]) * (t - a) / span;
    }

    double standbyCost() {
        return changes.stream().mapToDouble(CapacityChange::standbyCostPerMonth).sum();
    }
}
