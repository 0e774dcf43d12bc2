package io.devopssim.core.sim;

import io.devopssim.core.datatier.cache.CacheNode;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.datatier.cache.RedisCacheSpec;
import io.devopssim.core.datatier.cache.RedisReplica;
import io.devopssim.core.datatier.cache.Sentinel;
import io.devopssim.core.datatier.cache.ZipfPopularity;
import io.devopssim.core.failure.FailureInjector;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.FailurePlan;
import io.devopssim.core.failure.Topology;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.List;

/** A cache in us-east-1 and the failures of its zones, for the cache part's tests. */
final class CacheRunFixture {

    static final int KEYS = 100_000;
    static final double EXPONENT = 0.99;
    static final double CAPACITY_KEYS = 20_000;
    static final double READS_PER_REQUEST = 2;
    static final double DATABASE_CAPACITY = 3000;
    static final String REGION = "us-east-1";
    static final List<String> ZONES = List.of("use1-az1", "use1-az2", "use1-az3");

    private CacheRunFixture() {}

    /**
     * Returns the cache: master in az1, one cold replica in az2, sentinels in {@code
     * sentinelZones}, quorum 2.
     */
    static CacheSection section(boolean coldReplica, String... sentinelZones) {
        return section(true, coldReplica, sentinelZones);
    }

    /**
     * Returns the default cache whose reads fail, rather than go to the database, during outages.
     */
    static CacheSection withoutFallback() {
        return section(false, true, ZONES.toArray(String[]::new));
    }

    private static CacheSection section(
            boolean fallback, boolean coldReplica, String... sentinelZones) {
        RedisReplica replica = RedisReplica.of("redis-2", ZONES.get(1));
        RedisCacheSpec.Builder b =
                RedisCacheSpec.builder("sessions", "redis-1")
                        .replica(coldReplica ? replica.cold() : replica)
                        .quorum(2)
                        .popularity(ZipfPopularity.of(KEYS, EXPONENT))
                        .capacityKeys(CAPACITY_KEYS)
                        .fallbackToDatabase(fallback);
        List<CacheNode> nodes = new ArrayList<>();
        nodes.add(new CacheNode("redis-1", REGION, ZONES.get(0)));
        nodes.add(new CacheNode("redis-2", REGION, ZONES.get(1)));
        for (int i = 0; i < sentinelZones.length; i++) {
            b.sentinel(Sentinel.of("s" + (i + 1), sentinelZones[i]));
            nodes.add(new CacheNode("s" + (i + 1), REGION, sentinelZones[i]));
        }
        return new CacheSection(b.build(), nodes, READS_PER_REQUEST, DATABASE_CAPACITY, List.of());
    }

    /** Returns the default cache: a cold replica and one sentinel per zone. */
    static CacheSection section() {
        return section(true, ZONES.toArray(String[]::new));
    }

    /** Starts the injector on {@code kernel} with one outage of {@code kind} on {@code target}. */
    static void outage(SimulationKernel kernel, FailureKind kind, String target, double at) {
        Topology.Builder t = Topology.builder().cloud("aws").region("aws", REGION);
        ZONES.forEach(z -> t.zone(REGION, z));
        FailurePlan plan = FailurePlan.builder(t.build()).at(at, kind, target, 3600).build();
        FailureInjector.start(kernel, plan);
    }

    /** Steps the part every second from 0 to {@code end} at a constant request rate. */
    static void stepEverySecond(CacheRun run, double end, double requestRate) {
        for (int t = 0; t <= end; t++) {
            run.step(t, requestRate);
        }
    }
}
