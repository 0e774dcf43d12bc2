package io.devopssim.core.sim;

import io.devopssim.core.datatier.cache.CacheEvent;
import io.devopssim.core.datatier.cache.CacheEvent.MasterSwitched;
import io.devopssim.core.datatier.cache.CacheEvent.NodeLost;
import io.devopssim.core.datatier.cache.CacheEvent.ObjectivelyDown;
import io.devopssim.core.datatier.cache.CacheEvent.SubjectivelyDown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads the losses of a cache's master, their detection and switches, from the cache's events. */
final class CacheFailovers {

    private CacheFailovers() {}

    /**
     * Returns one failover per loss of the master, in time order.
     *
     * @param initialMaster the master at the start of the run
     * @param events the cache's events, in time order
     * @param tally the hit ratios watched after each switch
     */
    static List<CacheFailover> of(String initialMaster, List<CacheEvent> events, CacheTally tally) {
        List<CacheFailover> failovers = new ArrayList<>();
        String master = initialMaster;
        Open open = null;
        for (CacheEvent e : events) {
            if (e instanceof NodeLost n && n.node().equals(master) && open == null) {
                open = new Open(master, n.time());
            } else if (e instanceof SubjectivelyDown d && open != null) {
                open.subjectivelyDown = first(open.subjectivelyDown, d.time());
            } else if (e instanceof ObjectivelyDown d && open != null) {
                open.objectivelyDown = first(open.objectivelyDown, d.time());
            } else if (e instanceof MasterSwitched m && open != null) {
                failovers.add(open.switched(m, tally.watch(m.time())));
                master = m.newMaster();
                open = null;
            }
        }
        if (open != null) {
            failovers.add(open.notSwitched());
        }
        return failovers;
    }

    private static double first(double seen, double time) {
        return Double.isNaN(seen) ? time : seen;
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** A loss of the master not yet ended by a switch. */
    private static final class Open {

        final String master;
        final double lostAt;
        double subjectivelyDown = Double.NaN;
        double objectivelyDown = Double.NaN;

        Open(String master, double lostAt) {
            this.master = master;
            this.lostAt = lostAt;
        }

        CacheFailover switched(MasterSwitched m, Optional<CacheTally.Watch> watch) {
            return new CacheFailover(
                    master,
                    lostAt,
                    optional(subjectivelyDown),
                    optional(objectivelyDown),
                    Optional.of(m.newMaster()),
                    OptionalDouble.of(m.time()),
                    m.warm(),
                    watch.map(w -> w.firstHit).orElse(Double.NaN),
                    optional(watch.map(w -> w.recoveredAt).orElse(Double.NaN)));
        }

        CacheFailover notSwitched() {
            return new CacheFailover(
                    master,
                    lostAt,
                    optional(subjectivelyDown),
                    optional(objectivelyDown),
                    Optional.empty(),
                    OptionalDouble.empty(),
                    false,
                    Double.NaN,
                    OptionalDouble.empty());
        }
    }
}
