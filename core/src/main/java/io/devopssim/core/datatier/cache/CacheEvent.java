package io.devopssim.core.datatier.cache;

import io.devopssim.core.kernel.SimEvent;

/**
 * Something that happened to a Redis cache and its Sentinels: a loss, detection, a failover step.
 *
 * <p>Published through the kernel and kept in {@link RedisCache#events()}, in time order.
 */
public sealed interface CacheEvent extends SimEvent {

    /** Returns the cache the event belongs to. */
    String cache();

    /**
     * A node stopped: the master, a replica or a sentinel.
     *
     * @param time when it stopped
     * @param cache the cache
     * @param node the node's name
     */
    record NodeLost(double time, String cache, String node) implements CacheEvent {}

    /**
     * A sentinel saw no valid reply from the master for {@code down-after-milliseconds}.
     *
     * @param time when the sentinel marked the master subjectively down
     * @param cache the cache
     * @param sentinel the sentinel
     */
    record SubjectivelyDown(double time, String cache, String sentinel) implements CacheEvent {}

    /**
     * A sentinel learnt that at least {@code quorum} sentinels, itself included, see the master
     * down.
     *
     * @param time when it marked the master objectively down
     * @param cache the cache
     * @param sentinel the sentinel
     * @param agreeing how many sentinels saw the master down
     */
    record ObjectivelyDown(double time, String cache, String sentinel, int agreeing)
            implements CacheEvent {}

    /**
     * A sentinel won the vote for a new epoch and leads the failover.
     *
     * @param time when it counted the votes
     * @param cache the cache
     * @param sentinel the leader
     * @param epoch the failover epoch
     * @param votes the votes it received
     */
    record LeaderElected(double time, String cache, String sentinel, long epoch, int votes)
            implements CacheEvent {}

    /**
     * A sentinel could not win the vote: too few sentinels are reachable for a majority.
     *
     * @param time when the vote failed
     * @param cache the cache
     * @param sentinel the candidate
     * @param reason why
     */
    record FailoverNotStarted(double time, String cache, String sentinel, String reason)
            implements CacheEvent {}

    /**
     * The elected leader could not finish the failover.
     *
     * @param time when it gave up
     * @param cache the cache
     * @param reason why: no replica may be promoted, or {@code failover-timeout} passed
     */
    record FailoverAborted(double time, String cache, String reason) implements CacheEvent {}

    /**
     * A replica became the master and clients switched to it.
     *
     * @param time when it serves
     * @param cache the cache
     * @param oldMaster the lost master
     * @param newMaster the promoted replica
     * @param masterLostAt when the old master was lost
     * @param warm whether the new master holds the data, or starts cold
     */
    record MasterSwitched(
            double time,
            String cache,
            String oldMaster,
            String newMaster,
            double masterLostAt,
            boolean warm)
            implements CacheEvent {

        /** Returns how long the cache had no master. */
        public double outageSeconds() {
            return time - masterLostAt;
        }
    }

    /**
     * The cache was emptied (a {@code FLUSHALL}, a restart without persistence) and starts cold.
     *
     * @param time when
     * @param cache the cache
     */
    record CacheFlushed(double time, String cache) implements CacheEvent {}
}
