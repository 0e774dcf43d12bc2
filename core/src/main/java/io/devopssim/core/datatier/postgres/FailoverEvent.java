package io.devopssim.core.datatier.postgres;

import io.devopssim.core.kernel.SimEvent;
import java.util.List;
import java.util.Map;

/**
 * Something that happened in a Patroni cluster's failover: a server lost, a leader key, a
 * promotion.
 *
 * <p>Published through the kernel and kept in {@link PostgresCluster#events()}, in time order. WAL
 * positions are in bytes since the start of the run.
 */
public sealed interface FailoverEvent extends SimEvent {

    /** Returns the cluster the event belongs to. */
    String cluster();

    /**
     * The primary stopped: it writes no more WAL and renews the leader key no more.
     *
     * @param time when it stopped
     * @param cluster the cluster
     * @param member the lost primary
     * @param walPositionBytes the primary's last WAL position
     * @param lastRenewal when it last renewed the leader key
     * @param leaderKeyExpiresAt when the leader key expires: {@code lastRenewal + ttl}
     */
    record PrimaryLost(
            double time,
            String cluster,
            String member,
            double walPositionBytes,
            double lastRenewal,
            double leaderKeyExpiresAt)
            implements FailoverEvent {}

    /**
     * A member was cut off from the DCS and the other members; it keeps running.
     *
     * @param time when it was cut off
     * @param cluster the cluster
     * @param member the member
     */
    record MemberIsolated(double time, String cluster, String member) implements FailoverEvent {}

    /**
     * A primary cut off from the DCS demoted itself after retrying its renewal for {@code
     * retry_timeout}.
     *
     * <p>The writes it accepted since it was cut off are lost.
     *
     * @param time when it stopped accepting writes
     * @param cluster the cluster
     * @param member the demoted primary
     * @param walPositionBytes its WAL position at the demotion
     * @param lastRenewal when it last renewed the leader key
     * @param leaderKeyExpiresAt when the leader key expires, after the demotion
     */
    record PrimaryDemoted(
            double time,
            String cluster,
            String member,
            double walPositionBytes,
            double lastRenewal,
            double leaderKeyExpiresAt)
            implements FailoverEvent {}

    /**
     * A replica stopped; it is no longer a failover candidate.
     *
     * @param time when it stopped
     * @param cluster the cluster
     * @param member the lost replica
     */
    record ReplicaLost(double time, String cluster, String member) implements FailoverEvent {}

    /**
     * The leader key expired in the DCS because its holder stopped renewing it.
     *
     * @param time the expiry: last renewal plus ttl
     * @param cluster the cluster
     * @param previousLeader the member that held the key
     */
    record LeaderKeyExpired(double time, String cluster, String previousLeader)
            implements FailoverEvent {}

    /**
     * A replica found itself the healthiest candidate in its HA loop and took the leader key.
     *
     * @param time the replica's HA loop
     * @param cluster the cluster
     * @param member the replica
     * @param walPositionBytes the WAL it had received
     */
    record LeaderKeyAcquired(double time, String cluster, String member, double walPositionBytes)
            implements FailoverEvent {}

    /**
     * A replica finished its promotion and accepts writes on a new timeline.
     *
     * @param time when it accepts writes
     * @param cluster the cluster
     * @param member the new primary
     * @param timeline the new timeline, one more than the old
     * @param primaryLostAt when the old primary was lost
     * @param rpoBytes WAL the old primary had written that the new one never received
     * @param rpoSeconds how many seconds of writes those bytes are
     */
    record ReplicaPromoted(
            double time,
            String cluster,
            String member,
            int timeline,
            double primaryLostAt,
            double rpoBytes,
            double rpoSeconds)
            implements FailoverEvent {

        /** Returns how long the cluster had no primary: from the loss to the promotion. */
        public double writeOutageSeconds() {
            return time - primaryLostAt;
        }
    }

    /**
     * The primary's HA loop changed the synchronous standbys, replacing lost ones.
     *
     * @param time the primary's HA loop
     * @param cluster the cluster
     * @param standbys the synchronous standbys from now on
     */
    record SynchronousStandbysChanged(double time, String cluster, List<String> standbys)
            implements FailoverEvent {}

    /**
     * No replica could be promoted; the cluster stays without a primary and refuses writes.
     *
     * @param time the HA loop that found no candidate
     * @param cluster the cluster
     * @param rejected each replica and why it may not be promoted
     */
    record FailoverRefused(double time, String cluster, Map<String, String> rejected)
            implements FailoverEvent {}
}
