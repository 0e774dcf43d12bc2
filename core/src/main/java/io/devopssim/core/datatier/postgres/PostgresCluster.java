package io.devopssim.core.datatier.postgres;

import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.datatier.postgres.FailoverEvent.FailoverRefused;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyAcquired;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyExpired;
import io.devopssim.core.datatier.postgres.FailoverEvent.MemberIsolated;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryDemoted;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryLost;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaLost;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaPromoted;
import io.devopssim.core.datatier.postgres.FailoverEvent.SynchronousStandbysChanged;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A running PostgreSQL cluster with streaming replication and Patroni's automatic failover.
 *
 * <p>The primary writes WAL at the {@link WriteLoad}'s rate; each replica receives it after its
 * shipping delay (at once if it is a synchronous standby) and replays it at its apply rate. Every
 * member runs an HA loop every {@code loop_wait} at its own phase. The primary renews the leader
 * key in its loop and stores its WAL position in the DCS. When the primary is lost the key expires
 * at {@code last renewal + ttl}; at its next HA loop after that, the healthiest candidate (see
 * {@link PatroniSettings}) takes the key, replays what it received and, after {@code
 * promotionSeconds}, accepts writes on a new timeline. The failover completes between {@code ttl}
 * and {@code ttl + loop_wait} after the last renewal, plus the promotion and replay time.
 *
 * <p>Create it with {@link #start}, inject failures with {@link #failAt} and {@link #isolateAt},
 * and drive the kernel with {@code runUntil}: the cluster schedules events forever, so {@code
 * run()} never returns.
 *
 * <p><b>Limitations.</b> Lost members never come back. Writes sent while there is no primary are
 * refused (counted by {@link #refusedWriteBytes()}), not queued. WAL in flight when the primary is
 * lost is lost with it. A synchronous standby receives WAL at once: the commit latency it causes is
 * not modelled. After a failover the other replicas follow the new primary at once; WAL they had
 * beyond its position is discarded, as {@code pg_rewind} would. The primary's HA loop replaces lost
 * synchronous standbys (and a new primary chooses its own) from the running replicas at once,
 * without modelling their catch-up. A partition ({@link #isolateAt}) is permanent and total: the
 * cut-off member reaches neither the DCS nor the other members. A DCS outage seen by every member
 * is not modelled.
 */
public final class PostgresCluster {

    private final SimulationKernel kernel;
    private final PostgresClusterSpec spec;
    private final WriteLoad writes;
    private final Map<String, MemberState> members = new LinkedHashMap<>();
    private final List<FailoverEvent> events = new ArrayList<>();

    private final Replication wal;
    private MemberState keyHolder;
    private double lastRenewal;
    private double dcsPosition;
    private int timeline = 1;
    private double lostAt;
    private double lostPosition;
    private boolean demotionScheduled;
    private PrimaryHistory lostTimeline;
    private Map<String, String> lastRefusal = Map.of();

    private PostgresCluster(SimulationKernel kernel, PostgresClusterSpec spec, WriteLoad writes) {
        this.kernel = kernel;
        this.spec = spec;
        this.writes = writes;
        double loopWait = spec.patroni().loopWaitSeconds();
        for (PostgresMember m : spec.members()) {
            String stream = "datatier/postgres/" + spec.name() + "/" + m.name() + "/loop-phase";
            double phase =
                    m.loopPhaseSeconds()
                            .orElseGet(() -> kernel.random(stream).nextDouble() * loopWait);
            members.put(m.name(), new MemberState(m, phase));
        }
        keyHolder = members.get(spec.initialPrimary());
        lastRenewal = kernel.now();
        wal = new Replication(spec, writes, members.values(), keyHolder, kernel.now());
    }

    /**
     * Returns a cluster whose replication and HA loops run on {@code kernel} from its current time.
     *
     * @param kernel the kernel; its seed fixes the members' loop phases that are not explicit
     * @param spec the cluster
     * @param writes the primary's WAL write rate
     * @return the running cluster
     */
    public static PostgresCluster start(
            SimulationKernel kernel, PostgresClusterSpec spec, WriteLoad writes) {
        PostgresCluster cluster =
                new PostgresCluster(
                        Objects.requireNonNull(kernel, "kernel"),
                        Objects.requireNonNull(spec, "spec"),
                        Objects.requireNonNull(writes, "writes"));
        cluster.scheduleLoops();
        return cluster;
    }

    private void scheduleLoops() {
        kernel.schedule(spec.stepSeconds(), this::step);
        for (MemberState m : members.values()) {
            kernel.schedule(m.loopPhase, k -> haLoop(m));
        }
    }

    /**
     * Schedules the loss of a member (a crash, its zone or region going down) at {@code time}.
     *
     * @param member the member's name
     * @param time simulated seconds, not before now
     * @throws IllegalArgumentException if there is no such member or the time is in the past
     */
    public void failAt(String member, double time) {
        MemberState m = state(member);
        kernel.scheduleAt(time, k -> lose(m));
    }

    /**
     * Schedules a network partition that cuts a member off from the DCS and the other members.
     *
     * <p>A cut-off primary keeps accepting writes from clients that still reach it, fails to renew
     * the leader key at its next HA loop, and demotes itself {@code retry_timeout} later; Patroni's
     * rule {@code loop_wait + 2 * retry_timeout <= ttl} makes that happen before its key expires.
     * The writes it accepted after being cut off reach no replica and are lost.
     *
     * @param member the member's name
     * @param time simulated seconds, not before now
     * @throws IllegalArgumentException if there is no such member or the time is in the past
     */
    public void isolateAt(String member, double time) {
        MemberState m = state(member);
        kernel.scheduleAt(time, k -> isolate(m));
    }

    /** Returns the current primary's name; empty while the cluster has none and refuses writes. */
    public Optional<String> primary() {
        MemberState primary = wal.primary();
        return primary == null ? Optional.empty() : Optional.of(primary.name());
    }

    /** Returns the current timeline: 1 at the start, one more after each promotion. */
    public int timeline() {
        return timeline;
    }

    /** Returns the primary's WAL position in bytes, or the last one written while there is none. */
    public double primaryWalPosition() {
        advanceTo(kernel.now());
        return wal.primaryPosition();
    }

    /** Returns the WAL position the member has received, in bytes. */
    public double receivedPosition(String member) {
        advanceTo(kernel.now());
        return state(member).received;
    }

    /** Returns the WAL position the member has replayed, in bytes. */
    public double replayedPosition(String member) {
        advanceTo(kernel.now());
        return state(member).replayed;
    }

    /** Returns the replication lag of a member: primary position minus its replayed position. */
    public double replayLagBytes(String member) {
        return primaryWalPosition() - state(member).replayed;
    }

    /** Returns how much WAL the primary wrote that the member has not received yet, in bytes. */
    public double receiveLagBytes(String member) {
        return primaryWalPosition() - state(member).received;
    }

    /** Returns the member's HA loop phase in seconds, explicit or drawn from the run's seed. */
    public double loopPhase(String member) {
        return state(member).loopPhase;
    }

    /** Returns the synchronous standbys now; empty in asynchronous mode. */
    public List<String> synchronousStandbys() {
        return wal.synchronousStandbys();
    }

    /** Returns the WAL bytes of writes refused because the cluster had no primary. */
    public double refusedWriteBytes() {
        advanceTo(kernel.now());
        return wal.refusedBytes();
    }

    /** Returns every failover event so far, in time order. */
    public List<FailoverEvent> events() {
        return Collections.unmodifiableList(events);
    }

    private MemberState state(String member) {
        MemberState m = members.get(Objects.requireNonNull(member, "member"));
        if (m == null) {
            throw new IllegalArgumentException(
                    "no member called "
                            + member
                            + " in cluster "
                            + spec.name()
                            + ", expected one of "
                            + spec.names());
        }
        return m;
    }

    private void step(SimulationKernel k) {
        advanceTo(k.now());
        k.schedule(spec.stepSeconds(), this::step);
    }

    private void advanceTo(double t) {
        wal.advanceTo(t);
    }

    private void haLoop(MemberState m) {
        if (!m.alive) {
            return;
        }
        advanceTo(kernel.now());
        if (m.isolated) {
            failRenewal(m);
        } else if (keyHolder == m) {
            lastRenewal = kernel.now();
            if (wal.primary() == m) {
                dcsPosition = m.received;
                refreshSynchronousStandbys();
            }
        } else {
            expireIfDue();
            if (keyHolder == null) {
                race(m);
            }
        }
        kernel.schedule(spec.patroni().loopWaitSeconds(), k -> haLoop(m));
    }

    private void lose(MemberState m) {
        if (!m.alive) {
            return;
        }
        advanceTo(kernel.now());
        m.alive = false;
        double now = kernel.now();
        if (m == wal.primary()) {
            recordLoss(m);
            publish(new PrimaryLost(now, spec.name(), m.name(), m.received, lastRenewal, expiry()));
        } else {
            publish(new ReplicaLost(now, spec.name(), m.name()));
        }
        if (m == keyHolder) {
            kernel.scheduleAt(Math.max(now, expiry()), k -> expireIfDue());
        }
    }

    private void recordLoss(MemberState m) {
        lostAt = kernel.now();
        lostPosition = m.received;
        lostTimeline = wal.losePrimary();
    }

    private void isolate(MemberState m) {
        if (!m.alive || m.isolated) {
            return;
        }
        advanceTo(kernel.now());
        m.isolated = true;
        publish(new MemberIsolated(kernel.now(), spec.name(), m.name()));
        if (m == keyHolder) {
            kernel.scheduleAt(Math.max(kernel.now(), expiry()), k -> expireIfDue());
        }
    }

    /** A cut-off primary retries the DCS for {@code retry_timeout}, then demotes itself. */
    private void failRenewal(MemberState m) {
        if (m != wal.primary() || demotionScheduled) {
            return;
        }
        demotionScheduled = true;
        kernel.schedule(spec.patroni().retryTimeoutSeconds(), k -> demote(m));
    }

    private void demote(MemberState m) {
        demotionScheduled = false;
        if (m != wal.primary() || !m.alive) {
            return;
        }
        advanceTo(kernel.now());
        recordLoss(m);
        publish(
                new PrimaryDemoted(
                        kernel.now(), spec.name(), m.name(), m.received, lastRenewal, expiry()));
    }

    private double expiry() {
        return lastRenewal + spec.patroni().ttlSeconds();
    }

    private void expireIfDue() {
        boolean gone = keyHolder != null && (!keyHolder.alive || keyHolder.isolated);
        if (gone && kernel.now() >= expiry()) {
            publish(new LeaderKeyExpired(expiry(), spec.name(), keyHolder.name()));
            keyHolder = null;
        }
    }

    /** Lets {@code m} take the leader key if it is the healthiest candidate. */
    private void race(MemberState m) {
        Election.Result result =
                Election.elect(
                        members.values(),
                        dcsPosition,
                        spec.patroni(),
                        Set.copyOf(wal.synchronousStandbys()));
        if (result.winner().isEmpty()) {
            if (!result.rejected().equals(lastRefusal)) {
                lastRefusal = result.rejected();
                publish(new FailoverRefused(kernel.now(), spec.name(), result.rejected()));
            }
            return;
        }
        if (result.winner().get() != m) {
            return;
        }
        keyHolder = m;
        lastRenewal = kernel.now();
        publish(new LeaderKeyAcquired(kernel.now(), spec.name(), m.name(), m.walPosition()));
        double promotion = spec.patroni().promotionSeconds() + m.replayBacklogSeconds();
        kernel.schedule(promotion, k -> promote(m));
    }

    private void promote(MemberState m) {
        if (!m.alive || m.isolated) {
            return;
        }
        advanceTo(kernel.now());
        double lostBytes = Math.max(0, lostPosition - m.received);
        double lostSeconds = lostBytes == 0 ? 0 : lostAt - lostTimeline.timeReached(m.received);

        wal.promote(m, kernel.now());
        timeline++;
        dcsPosition = m.received;
        lastRenewal = kernel.now();
        lastRefusal = Map.of();
        publish(
                new ReplicaPromoted(
                        kernel.now(),
                        spec.name(),
                        m.name(),
                        timeline,
                        lostAt,
                        lostBytes,
                        lostSeconds));
        if (spec.patroni().synchronousMode()) {
            publish(
                    new SynchronousStandbysChanged(
                            kernel.now(), spec.name(), wal.synchronousStandbys()));
        }
    }

    private void refreshSynchronousStandbys() {
        if (wal.refreshSynchronousStandbys()) {
            publish(
                    new SynchronousStandbysChanged(
                            kernel.now(), spec.name(), wal.synchronousStandbys()));
        }
    }

    private void publish(FailoverEvent event) {
        events.add(event);
        kernel.publish(event);
    }
}
