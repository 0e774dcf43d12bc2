package io.devopssim.core.datatier.cache;

/**
 * One Redis replica that Sentinel may promote.
 *
 * @param name unique name in the cache
 * @param zone where it runs
 * @param replicaPriority Redis's {@code replica-priority}: lower is preferred, 0 means never
 *     promoted; Redis's default is 100
 * @param warm whether it holds the master's data when promoted; false for a replica that restarted
 *     empty, so the cache starts cold
 */
public record RedisReplica(String name, String zone, int replicaPriority, boolean warm) {

    /** Returns a warm replica with Redis's default priority, 100. */
    public static RedisReplica of(String name, String zone) {
        return new RedisReplica(name, zone, 100, true);
    }

    /** Returns a copy of this replica that starts cold when promoted. */
    public RedisReplica cold() {
        return new RedisReplica(name, zone, replicaPriority, false);
    }

    /** Returns a copy of this replica with another {@code replica-priority}. */
    public RedisReplica withPriority(int priority) {
        return new RedisReplica(name, zone, priority, warm);
    }
}
