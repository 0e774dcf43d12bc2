package io.devopssim.core.datatier.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.datatier.cache.CacheEvent.FailoverAborted;
import io.devopssim.core.datatier.cache.CacheEvent.FailoverNotStarted;
import io.devopssim.core.datatier.cache.CacheEvent.LeaderElected;
import io.devopssim.core.datatier.cache.CacheEvent.MasterSwitched;
import io.devopssim.core.datatier.cache.CacheEvent.ObjectivelyDown;
import io.devopssim.core.datatier.cache.CacheEvent.SubjectivelyDown;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.load.Workloads;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisCacheTest {

    private static final double READS = 2000;
    private static final ZipfPopularity POPULARITY = ZipfPopularity.of(1_000_000, 0.9);
    private static final CacheWarmup WARMUP = POPULARITY.warmup(200_000);

    private static RedisCacheSpec.Builder cache(int sentinels, int quorum) {
        RedisCacheSpec.Builder b =
                RedisCacheSpec.builder("sessions", "redis-0")
                        .replica(RedisReplica.of("redis-1", "us-east-1b"))
                        .replica(RedisReplica.of("redis-2", "us-east-1c"))
                        .quorum(quorum)
                        .popularity(POPULARITY)
                        .capacityKeys(200_000);
        for (int i = 0; i < sentinels; i++) {
            b.sentinel(Sentinel.of("sentinel-" + i, "us-east-1" + (char) ('a' + i % 3)));
        }
        return b;
    }

    private static <E> List<E> of(RedisCache cache, Class<E> type) {
        return cache.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void failover_manySeeds_detectionNeverBeforeDownAfterAndBoundedAfterIt() {
        // Bounds from the settings: the first unanswered PING is at most 1 s after the loss, the
        // timer adds < 0.1 s, agreement < one 1 s ask period, the desync < 1 s, the vote one
        // 0.1 s timer, then the 1 s promotion.
        for (long seed = 1; seed <= 100; seed++) {
            SimulationKernel kernel = SimulationKernel.create(seed);
            RedisCache cache =
                    RedisCache.start(kernel, cache(3, 2).build(), Workloads.constant(READS));
            cache.failAt("redis-0", 100);
            kernel.runUntil(200);

            List<SubjectivelyDown> sdown = of(cache, SubjectivelyDown.class);
            assertThat(sdown).hasSize(3);
            for (SubjectivelyDown d : sdown) {
                double ping = cache.pingPhase(d.sentinel());
                double firstUnanswered = 100 + ((ping - 100 % 1) + 1) % 1;
                assertThat(d.time() - firstUnanswered)
                        .isGreaterThanOrEqualTo(30 - 1e-9)
                        .isLessThan(30.1);
                assertThat(d.time() - 100).isGreaterThanOrEqualTo(30 - 1e-9);
            }
            MasterSwitched switched = of(cache, MasterSwitched.class).get(0);
            assertThat(switched.outageSeconds())
                    .isGreaterThan(31)
                    .isLessThan(30 + 1 + 0.1 + 1 + 1 + 0.1 + 1);
            assertThat(switched.newMaster()).isEqualTo("redis-1");
            assertThat(cache.master()).contains("redis-1");
        }
    }

    @Test
    void objectivelyDown_needsTheQuorumsSubjectiveViews() {
        SimulationKernel kernel = SimulationKernel.create(4);
        RedisCache cache = RedisCache.start(kernel, cache(5, 3).build(), Workloads.constant(READS));
        cache.failAt("redis-0", 100);
        kernel.runUntil(200);

        List<Double> sdownTimes =
                of(cache, SubjectivelyDown.class).stream()
                        .map(SubjectivelyDown::time)
                        .sorted()
                        .toList();
        ObjectivelyDown odown = of(cache, ObjectivelyDown.class).get(0);
        assertThat(odown.agreeing()).isGreaterThanOrEqualTo(3);
        assertThat(odown.time()).isGreaterThanOrEqualTo(sdownTimes.get(2));
        assertThat(of(cache, LeaderElected.class).get(0).votes()).isEqualTo(5);
    }

    @Test
    void quorumNotReached_noFailoverAndTheDatabaseTakesEveryRead() {
        SimulationKernel kernel = SimulationKernel.create(5);
        RedisCache cache = RedisCache.start(kernel, cache(3, 2).build(), Workloads.constant(READS));
        cache.failAt("sentinel-0", 50);
        cache.failAt("sentinel-1", 50);
        cache.failAt("redis-0", 100);

        kernel.runUntil(1000);

        assertThat(of(cache, SubjectivelyDown.class)).hasSize(1);
        assertThat(of(cache, ObjectivelyDown.class)).isEmpty();
        assertThat(of(cache, MasterSwitched.class)).isEmpty();
        assertThat(cache.master()).isEmpty();
        CacheSample last = cache.samples().get(cache.samples().size() - 1);
        assertThat(last.available()).isFalse();
        assertThat(last.databaseQueriesPerSecond()).isEqualTo(READS);
    }

    @Test
    void quorumReachedWithoutMajority_leaderNotElected() {
        // Quorum 1 lets one sentinel call the master down, but a leader needs 3 of 5 votes.
        SimulationKernel kernel = SimulationKernel.create(6);
        RedisCache cache = RedisCache.start(kernel, cache(5, 1).build(), Workloads.constant(READS));
        for (int i = 0; i < 3; i++) {
            cache.failAt("sentinel-" + i, 50);
        }
        cache.failAt("redis-0", 100);

        kernel.runUntil(1000);

        assertThat(of(cache, ObjectivelyDown.class)).isNotEmpty();
        assertThat(of(cache, FailoverNotStarted.class).get(0).reason())
                .contains("got 2 of 5 votes, needs 3");
        assertThat(of(cache, MasterSwitched.class)).isEmpty();
    }

    @Test
    void replicaPriority_lowerWinsAndZeroIsNeverPromoted() {
        RedisCacheSpec spec =
                cache(3, 2)
                        .replica(RedisReplica.of("redis-9", "us-east-1a").withPriority(10))
                        .replica(RedisReplica.of("redis-8", "us-east-1a").withPriority(0))
                        .build();
        SimulationKernel kernel = SimulationKernel.create(7);
        RedisCache cache = RedisCache.start(kernel, spec, Workloads.constant(READS));
        cache.failAt("redis-0", 100);
        kernel.runUntil(200);
        assertThat(of(cache, MasterSwitched.class).get(0).newMaster()).isEqualTo("redis-9");

        RedisCacheSpec onlyZero =
                RedisCacheSpec.builder("c", "m")
                        .replica(RedisReplica.of("r", "z").withPriority(0))
                        .sentinel(Sentinel.of("s", "z"))
                        .quorum(1)
                        .popularity(POPULARITY)
                        .capacityKeys(10)
                        .build();
        SimulationKernel other = SimulationKernel.create(7);
        RedisCache stuck = RedisCache.start(other, onlyZero, Workloads.constant(READS));
        stuck.failAt("m", 10);
        other.runUntil(100);
        assertThat(of(stuck, FailoverAborted.class).get(0).reason()).contains("replica-priority 0");
    }

    @Test
    void promotionLongerThanFailoverTimeout_aborted() {
        SimulationKernel kernel = SimulationKernel.create(8);
        RedisCacheSpec spec =
                cache(3, 2).promotionSeconds(20).failoverTimeoutMillis(10_000).build();
        RedisCache cache = RedisCache.start(kernel, spec, Workloads.constant(READS));
        cache.failAt("redis-0", 100);
        kernel.runUntil(300);

        assertThat(of(cache, FailoverAborted.class).get(0).reason()).contains("failover-timeout");
        assertThat(of(cache, MasterSwitched.class)).isEmpty();
    }

    @Test
    void replicaLostDuringPromotion_abortedThenRetriedAfterTwiceTheFailoverTimeout() {
        // The leader is elected 30.1 to 33.2 s after the loss at 100; the promotion takes 5 s,
        // so losing redis-1 at 134 s interrupts it. The retry comes 2 * 180 s later.
        SimulationKernel kernel = SimulationKernel.create(13);
        RedisCache cache =
                RedisCache.start(
                        kernel, cache(3, 2).promotionSeconds(5).build(), Workloads.constant(READS));
        cache.failAt("redis-0", 100);
        cache.failAt("redis-1", 134);

        kernel.runUntil(1000);

        assertThat(of(cache, FailoverAborted.class).get(0).reason()).contains("redis-1 was lost");
        MasterSwitched switched = of(cache, MasterSwitched.class).get(0);
        assertThat(switched.newMaster()).isEqualTo("redis-2");
        assertThat(switched.outageSeconds())
                .isBetween(30.1 + 5 + 360 + 0.1 + 5, 33.3 + 5 + 360 + 0.1 + 5);
        assertThat(of(cache, LeaderElected.class)).hasSize(2);
    }

    @Test
    void coldReplica_hitRatioRecoversMonotonicallyAndTheDatabaseTakesTheMisses() {
        RedisCacheSpec spec =
                RedisCacheSpec.builder("sessions", "redis-0")
                        .replica(RedisReplica.of("redis-1", "us-east-1b").cold())
                        .sentinel(Sentinel.of("s0", "a"))
                        .sentinel(Sentinel.of("s1", "b"))
                        .sentinel(Sentinel.of("s2", "c"))
                        .quorum(2)
                        .popularity(POPULARITY)
                        .capacityKeys(200_000)
                        .sampleSeconds(10)
                        .build();
        SimulationKernel kernel = SimulationKernel.create(9);
        RedisCache cache = RedisCache.start(kernel, spec, Workloads.constant(READS));
        cache.failAt("redis-0", 100);

        kernel.runUntil(100 + 3600 * 6);

        double warm = cache.warmHitRatio();
        MasterSwitched switched = of(cache, MasterSwitched.class).get(0);
        assertThat(switched.warm()).isFalse();
        double previous = -1;
        for (CacheSample s : cache.samples()) {
            assertThat(s.databaseQueriesPerSecond())
                    .isCloseTo(s.requestsPerSecond() * (1 - s.hitRatio()), within(1e-9));
            if (s.time() < 100) {
                assertThat(s.hitRatio()).isEqualTo(warm);
            } else if (s.time() < switched.time()) {
                assertThat(s.available()).isFalse();
                assertThat(s.databaseQueriesPerSecond()).isEqualTo(READS);
            } else {
                assertThat(s.hitRatio()).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(warm);
                previous = s.hitRatio();
                double served = READS * (s.time() - switched.time());
                assertThat(s.hitRatio()).isCloseTo(WARMUP.hitRatio(served), within(1e-9));
            }
        }
        assertThat(previous).isCloseTo(warm, within(0.01));
    }

    @Test
    void warmReplica_hitRatioIsWarmAtOnce() {
        SimulationKernel kernel = SimulationKernel.create(10);
        RedisCache cache = RedisCache.start(kernel, cache(3, 2).build(), Workloads.constant(READS));
        cache.failAt("redis-0", 100);
        kernel.runUntil(300);

        MasterSwitched switched = of(cache, MasterSwitched.class).get(0);
        assertThat(cache.samples())
                .filteredOn(s -> s.time() >= switched.time())
                .allSatisfy(s -> assertThat(s.hitRatio()).isEqualTo(cache.warmHitRatio()));
    }

    @Test
    void flush_dropsTheHitRatioWithoutAnOutage() {
        SimulationKernel kernel = SimulationKernel.create(11);
        RedisCache cache = RedisCache.start(kernel, cache(3, 2).build(), Workloads.constant(READS));
        cache.flushAt(50);
        kernel.runUntil(120);

        CacheSample atFlush = cache.samples().get(50);
        CacheSample later = cache.samples().get(120);
        assertThat(atFlush.hitRatio()).isZero();
        assertThat(atFlush.databaseQueriesPerSecond()).isEqualTo(READS);
        assertThat(later.hitRatio()).isCloseTo(WARMUP.hitRatio(70 * READS), within(1e-9));
        assertThat(later.available()).isTrue();
    }

    @Test
    void noFallback_readsFailDuringTheOutage() {
        SimulationKernel kernel = SimulationKernel.create(12);
        RedisCache cache =
                RedisCache.start(
                        kernel,
                        cache(3, 2).fallbackToDatabase(false).build(),
                        Workloads.constant(READS));
        cache.failAt("redis-0", 100);
        kernel.runUntil(110);

        CacheSample s = cache.samples().get(105);
        assertThat(s.failedPerSecond()).isEqualTo(READS);
        assertThat(s.databaseQueriesPerSecond()).isZero();
    }

    @Test
    void build_badValues_reportsEveryOneAtOnce() {
        assertThatThrownBy(
                        () ->
                                RedisCacheSpec.builder("c", "m")
                                        .replica(RedisReplica.of("m", "z"))
                                        .replica(new RedisReplica("r", "z", -1, true))
                                        .sentinel(Sentinel.of("s", "z"))
                                        .sentinel(Sentinel.of("s", "z", 1.5))
                                        .quorum(3)
                                        .downAfterMillis(-1)
                                        .capacityKeys(0)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("replicas[0].name: duplicate node name \"m\"")
                .hasMessageContaining("replicas[1].replicaPriority: must be >= 0, was -1")
                .hasMessageContaining("sentinels[1].name: duplicate sentinel name \"s\"")
                .hasMessageContaining("sentinels[1].pingPhaseSeconds: must be in [0, 1), was 1.5")
                .hasMessageContaining("quorum: must be in [1, 2] (the number of sentinels), was 3")
                .hasMessageContaining("downAfterMillis: must be > 0, was -1")
                .hasMessageContaining("popularity: required, was not set")
                .hasMessageContaining("capacityKeys: must be >= 1, was 0");
    }

    @Test
    void failAt_unknownNode_namesTheKnownOnes() {
        RedisCache cache =
                RedisCache.start(
                        SimulationKernel.create(1), cache(3, 2).build(), Workloads.constant(READS));

        assertThatThrownBy(() -> cache.failAt("redis-7", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no node called redis-7")
                .hasMessageContaining("redis-0, redis-1, redis-2, sentinel-0");
    }
}
