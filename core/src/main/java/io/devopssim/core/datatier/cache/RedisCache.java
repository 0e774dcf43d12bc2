package io.devopssim.core.datatier.cache;

import io.devopssim.core.datatier.cache.CacheEvent.CacheFlushed;
import io.devopssim.core.datatier.cache.CacheEvent.MasterSwitched;
import io.devopssim.core.datatier.cache.CacheEvent.NodeLost;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.load.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A running Redis cache with Sentinel failover, sampling its hit ratio and the database's load.
 *
 * <p><b>Failover.</b> After the master is lost, each sentinel's first PING goes unanswered; {@code
 * down-after-milliseconds} after that PING its timer marks the master subjectively down, so no
 * sentinel sees it down sooner than {@code down-after} after the loss. A sentinel that sees it down
 * asks the others every ask period; once {@code quorum} sentinels (itself included) see it down it
 * is objectively down, and after a random delay below {@code maxDesyncMillis} the sentinel asks for
 * votes. Every reachable sentinel votes for the first candidate of the epoch; it leads with {@code
 * max(quorum, majority)} votes, otherwise it tries again {@code 2 * failover-timeout} later. The
 * leader promotes the replica with the lowest {@code replica-priority} (0 never), then the smallest
 * name; if that takes longer than {@code failover-timeout} the failover is aborted.
 *
 * <p><b>Cache load.</b> While warm the hit ratio is {@link CacheWarmup#warmHitRatio}. While there
 * is no master every read misses (and goes to the database if {@code fallbackToDatabase}). After a
 * switch to a cold replica or a flush, the hit ratio is {@link CacheWarmup#hitRatio} of the reads
 * served since, so it recovers as fast as the read rate and the key popularity allow. The database
 * receives {@code reads * (1 - hit ratio)}.
 *
 * <p><b>Limitations.</b> Lost nodes never return; the old master does not rejoin as a replica.
 * Replication offsets are taken as equal, so they never decide the promotion. Network partitions (a
 * master alive but unreachable by some sentinels) and client-side timeouts are not modelled;
 * clients switch to the new master at once. Keys do not expire.
 */
public final class RedisCache {

    private final SimulationKernel kernel;
    private final RedisCacheSpec spec;
    private final Workload reads;
    private final Map<String, RedisReplica> replicas = new LinkedHashMap<>();
    private final List<CacheEvent> events = new ArrayList<>();
    private final List<CacheSample> samples = new ArrayList<>();
    private final CacheWarmup warmup;
    private final SentinelFailover sentinels;

    private String master;
    private boolean masterAlive = true;
    private double masterLostAt = Double.NaN;
    private boolean cold;
    private double readsSinceCold;
    private double lastSample;

    private RedisCache(SimulationKernel kernel, RedisCacheSpec spec, Workload reads) {
        this.kernel = kernel;
        this.spec = spec;
        this.reads = reads;
        this.master = spec.master();
        this.lastSample = kernel.now();
        spec.replicas().forEach(r -> replicas.put(r.name(), r));
        this.sentinels = new SentinelFailover(kernel, spec, this);
        warmup = spec.popularity().warmup(spec.capacityKeys());
    }

    /**
     * Returns a warm cache whose Sentinels and sampling run on {@code kernel} from its current
     * time.
     *
     * @param kernel the kernel; its seed fixes the sentinels' phases and delays
     * @param spec the cache
     * @param reads the reads per second arriving at the cache
     * @return the running cache
     */
    public static RedisCache start(SimulationKernel kernel, RedisCacheSpec spec, Workload reads) {
        RedisCache cache =
                new RedisCache(
                        Objects.requireNonNull(kernel, "kernel"),
                        Objects.requireNonNull(spec, "spec"),
                        Objects.requireNonNull(reads, "reads"));
        cache.sample(kernel);
        return cache;
    }

    /**
     * Schedules the loss of a node at {@code time}: the master, a replica or a sentinel.
     *
     * @param node the node's name
     * @param time simulated seconds, not before now
     * @throws IllegalArgumentException if no node has that name
     */
    public void failAt(String node, double time) {
        Objects.requireNonNull(node, "node");
        if (!node.equals(master)
                && !replicas.containsKey(node)
                && !sentinels.names().contains(node)) {
            List<String> known = new ArrayList<>(List.of(master));
            known.addAll(replicas.keySet());
            known.addAll(sentinels.names());
            throw new IllegalArgumentException(
                    "no node called "
                            + node
                            + " in cache "
                            + spec.name()
                            + ", expected one of "
                            + known);
        }
        kernel.scheduleAt(time, k -> lose(node));
    }

    /**
     * Schedules a flush of the cache at {@code time}: it keeps serving, but starts cold.
     *
     * @param time simulated seconds, not before now
     */
    public void flushAt(double time) {
        kernel.scheduleAt(
                time,
                k -> {
                    startCold();
                    publish(new CacheFlushed(k.now(), spec.name()));
                });
    }

    /** Returns the current master, empty while the cache has none. */
    public Optional<String> master() {
        return masterAlive ? Optional.of(master) : Optional.empty();
    }

    /** Returns the hit ratio of the warm cache, before any failure. */
    public double warmHitRatio() {
        return warmup.warmHitRatio();
    }

    /** Returns the sentinel's ping phase in seconds, explicit or drawn from the run's seed. */
    public double pingPhase(String sentinel) {
        Objects.requireNonNull(sentinel, "sentinel");
        return sentinels
                .sentinel(sentinel)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no sentinel called "
                                                + sentinel
                                                + ", expected one of "
                                                + sentinels.names()))
                .pingPhase;
    }

    /**
     * Returns the cache's state at the kernel's current time, counting the reads served since the
     * last update.
     *
     * <p>Unlike {@link #samples()}, which holds one state per {@code sampleSeconds}, this answers
     * at any instant, such as the start of a run's step.
     *
     * @return the state now
     */
    public CacheSample sampleNow() {
        countReads(kernel.now());
        return current(kernel.now());
    }

    /** Returns every event so far, in time order. */
    public List<CacheEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Returns the samples so far, one per {@code sampleSeconds}, in time order. */
    public List<CacheSample> samples() {
        return Collections.unmodifiableList(samples);
    }

    private void lose(String node) {
        publish(new NodeLost(kernel.now(), spec.name(), node));
        Optional<SentinelState> sentinel = sentinels.sentinel(node);
        if (sentinel.isPresent()) {
            sentinel.get().alive = false;
        } else if (replicas.remove(node) == null && node.equals(master) && masterAlive) {
            countReads(kernel.now());
            masterAlive = false;
            masterLostAt = kernel.now();
            sentinels.masterLost();
        }
    }

    /** Returns whether the master lost at {@code lostAt} is still the one missing. */
    boolean stillDown(double lostAt) {
        return !masterAlive && masterLostAt == lostAt;
    }

    /** Returns the replica Sentinel would promote: lowest priority above 0, then name. */
    Optional<RedisReplica> bestReplica() {
        return replicas.values().stream()
                .filter(r -> r.replicaPriority() > 0)
                .min(
                        Comparator.comparingInt(RedisReplica::replicaPriority)
                                .thenComparing(RedisReplica::name));
    }

    /**
     * Makes {@code replica} the master if it still runs and the master is still missing; returns
     * whether it did.
     */
    boolean switchTo(RedisReplica replica, double lostAt) {
        if (!replicas.containsKey(replica.name()) || !stillDown(lostAt)) {
            return false;
        }
        countReads(kernel.now());
        String old = master;
        master = replica.name();
        replicas.remove(replica.name());
        masterAlive = true;
        sentinels.masterSwitched();
        if (!replica.warm()) {
            startCold();
        }
        publish(new MasterSwitched(kernel.now(), spec.name(), old, master, lostAt, replica.warm()));
        return true;
    }

    private void startCold() {
        countReads(kernel.now());
        cold = true;
        readsSinceCold = 0;
    }

    private void sample(SimulationKernel k) {
        countReads(k.now());
        samples.add(current(k.now()));
        if (Double.isFinite(spec.sampleSeconds())) {
            k.schedule(spec.sampleSeconds(), this::sample);
        }
    }

    /** Counts the reads served since the last update, which warm a cold cache. */
    private void countReads(double now) {
        double rate = reads.rate(lastSample);
        if (masterAlive && cold && rate > 0) {
            readsSinceCold += rate * (now - lastSample);
        }
        lastSample = now;
    }

    private CacheSample current(double now) {
        double rate = reads.rate(now);
        if (!masterAlive) {
            double toDatabase = spec.fallbackToDatabase() ? rate : 0;
            return new CacheSample(now, false, rate, 0, toDatabase, rate - toDatabase);
        }
        double hit = cold ? warmup.hitRatio(readsSinceCold) : warmup.warmHitRatio();
        return new CacheSample(now, true, rate, hit, rate * (1 - hit), 0);
    }

    void publish(CacheEvent event) {
        events.add(event);
        kernel.publish(event);
    }
}
