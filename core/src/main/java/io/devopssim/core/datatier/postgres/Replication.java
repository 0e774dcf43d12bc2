package io.devopssim.core.datatier.postgres;

import io.devopssim.core.SimulationException;
import io.devopssim.core.datatier.WriteLoad;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The WAL flow of a cluster: the primary writes, replicas receive and replay, interval by interval.
 *
 * <p>Knows nothing of Patroni: the HA logic in {@link PostgresCluster} tells it when the primary is
 * lost and which member is promoted.
 */
final class Replication {

    private final PostgresClusterSpec spec;
    private final WriteLoad writes;
    private final Collection<MemberState> members;

    private MemberState primary;
    private PrimaryHistory history;
    private List<String> synchronousStandbys;
    private double lastAdvance;
    private double refusedBytes;

    Replication(
            PostgresClusterSpec spec,
            WriteLoad writes,
            Collection<MemberState> members,
            MemberState primary,
            double now) {
        this.spec = spec;
        this.writes = writes;
        this.members = members;
        this.primary = primary;
        this.history = new PrimaryHistory(now, 0);
        this.synchronousStandbys = spec.synchronousStandbys();
        this.lastAdvance = now;
    }

    MemberState primary() {
        return primary;
    }

    double primaryPosition() {
        return history.latest();
    }

    List<String> synchronousStandbys() {
        return synchronousStandbys;
    }

    double refusedBytes() {
        return refusedBytes;
    }

    /** Stops the primary's writes; returns its timeline's history, for the RPO in seconds. */
    PrimaryHistory losePrimary() {
        primary = null;
        return history;
    }

    /** Makes {@code m} the primary on a new timeline; the others follow it from its position. */
    void promote(MemberState m, double now) {
        m.replayed = m.received;
        primary = m;
        history = new PrimaryHistory(now, m.received);
        for (MemberState other : members) {
            other.received = Math.min(other.received, m.received);
            other.replayed = Math.min(other.replayed, other.received);
        }
        synchronousStandbys = List.of();
        refreshSynchronousStandbys();
    }

    /**
     * Replaces lost synchronous standbys, as the primary's HA loop does; returns whether the set
     * changed.
     *
     * <p>Running standbys stay; free places go to the other promotable replicas, highest priority
     * first.
     */
    boolean refreshSynchronousStandbys() {
        if (!spec.patroni().synchronousMode() || primary == null) {
            return false;
        }
        List<String> kept =
                members.stream()
                        .filter(s -> s.alive && synchronousStandbys.contains(s.name()))
                        .map(MemberState::name)
                        .toList();
        List<String> added =
                members.stream()
                        .filter(s -> s.alive && s != primary && s.spec.canBePromoted())
                        .filter(s -> !kept.contains(s.name()))
                        .sorted(Election.BY_PRIORITY)
                        .limit(Math.max(0, spec.patroni().synchronousNodeCount() - kept.size()))
                        .map(MemberState::name)
                        .toList();
        List<String> chosen = new ArrayList<>(kept);
        chosen.addAll(added);
        boolean changed = !chosen.equals(synchronousStandbys);
        synchronousStandbys = List.copyOf(chosen);
        return changed;
    }

    /** Moves every WAL position to time {@code t}, with the write rate read at the start. */
    void advanceTo(double t) {
        double dt = t - lastAdvance;
        if (dt <= 0) {
            return;
        }
        double rate = writeRate(lastAdvance);
        lastAdvance = t;
        if (primary != null) {
            primary.received += rate * dt;
            primary.replayed = primary.received;
            history.add(t, primary.received);
        } else {
            refusedBytes += rate * dt;
        }
        for (MemberState m : members) {
            if (m.alive && m != primary) {
                follow(m, t, dt);
            }
        }
    }

    private void follow(MemberState m, double t, double dt) {
        if (primary == null || primary.isolated || m.isolated) {
            m.follow(m.received, dt);
        } else if (synchronousStandbys.contains(m.name())) {
            m.followSynchronously(primary.received, dt);
        } else {
            m.follow(history.positionAt(t - m.spec.shippingDelaySeconds()), dt);
        }
    }

    private double writeRate(double t) {
        double rate = writes.bytesPerSecond(t);
        if (!(rate >= 0) || rate == Double.POSITIVE_INFINITY) {
            throw new SimulationException(
                    "write load of cluster "
                            + spec.name()
                            + " at t="
                            + t
                            + " s must be a finite number of bytes per second >= 0, was "
                            + rate);
        }
        return rate;
    }
}
