package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.datatier.cache.CacheNode;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.datatier.cache.RedisCacheSpec;
import io.devopssim.core.datatier.cache.RedisReplica;
import io.devopssim.core.datatier.cache.Sentinel;
import io.devopssim.core.datatier.cache.ZipfPopularity;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.report.JsonReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Redis cache inside a whole run: {@link DatabaseRunTest}'s service (10 rps, four fixed
 * replicas in us-east-1a and us-east-1b, us-east-1a down at 600 s for 300 s) reads twice per
 * request from a cache whose master runs in us-east-1a, with a warm replica in us-east-1b and three
 * sentinels, two of them in us-east-1b. The database answers 10 reads per second.
 */
class CacheInRunTest {

    static final double CAPACITY = 10;
    static final double READS = 2;

    static CacheSection section(boolean warmReplica) {
        RedisReplica replica = RedisReplica.of("redis-2", "us-east-1b");
        RedisCacheSpec spec =
                RedisCacheSpec.builder("sessions", "redis-1")
                        .replica(warmReplica ? replica : replica.cold())
                        .sentinel(Sentinel.of("s1", "us-east-1a"))
                        .sentinel(Sentinel.of("s2", "us-east-1b"))
                        .sentinel(Sentinel.of("s3", "us-east-1b"))
                        .quorum(2)
                        .popularity(ZipfPopularity.of(100_000, 0.99))
                        .capacityKeys(20_000)
                        .build();
        List<CacheNode> nodes = new ArrayList<>();
        nodes.add(new CacheNode("redis-1", "us-east-1", "us-east-1a"));
        nodes.add(new CacheNode("redis-2", "us-east-1", "us-east-1b"));
        nodes.add(new CacheNode("s1", "us-east-1", "us-east-1a"));
        nodes.add(new CacheNode("s2", "us-east-1", "us-east-1b"));
        nodes.add(new CacheNode("s3", "us-east-1", "us-east-1b"));
        return new CacheSection(spec, nodes, READS, CAPACITY, List.of());
    }

    static SimulationResult run(CacheSection cache) {
        SimulationBuilder b =
                Simulation.builder(DatabaseRunTest.model()).pricing(TwoRegions.PRICING);
        if (cache != null) {
            b.cache(cache);
        }
        return b.build().run();
    }

    static String json(SimulationResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JsonReport.write(result, out, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lossOfTheMaster_failsTheRequestsWhoseReadsFindNoRoomInTheDatabase_untilTheSwitch() {
        SimulationResult result = run(section(true));

        CacheResult cache = result.cache().orElseThrow();
        CacheFailover f = cache.failovers().get(0);
        double switched = f.switchedAt().orElseThrow();
        assertThat(f.lostAt()).isEqualTo(DatabaseRunTest.FAIL_AT);
        assertThat(f.newMaster()).contains("redis-2");
        // without a master all 20 reads/s go to a database answering 10: half of the reads fail,
        // and a request with two reads fails if either does, 1 - 0.5^2 = 0.75 of them; the warm
        // replica then serves at the warm hit ratio, whose misses fit in the database
        assertThat(DatabaseRunTest.RATE * READS * (1 - cache.warmHitRatio())).isLessThan(CAPACITY);
        double expected = DatabaseRunTest.RATE * 0.75 * (switched - f.lostAt());
        ServiceResult web = result.services().get(0);
        assertThat(web.failedByDataTierRequests())
                .isCloseTo(expected, within(DatabaseRunTest.RATE * 0.75 * DatabaseRunTest.STEP));
        assertThat(cache.failedRequests()).isEqualTo(web.failedByDataTierRequests());
        assertThat(result.totalFailedByDataTierRequests())
                .isEqualTo(web.failedByDataTierRequests());
        assertThat(web.servedRequests() + web.droppedRequests() + web.failedByDataTierRequests())
                .isCloseTo(web.arrivedRequests(), within(1e-6));
    }

    @Test
    void databaseAndCache_splitTheRequestsTheServiceLost_inProportionToTheirShares() {
        SimulationResult result =
                Simulation.builder(DatabaseRunTest.model())
                        .pricing(TwoRegions.PRICING)
                        .database(DatabaseRunTest.tier(false, DatabaseRunTest.SHARE))
                        .cache(section(true))
                        .build()
                        .run();

        double db = result.database().orElseThrow().failedRequests();
        double cache = result.cache().orElseThrow().failedRequests();
        ServiceResult web = result.services().get(0);
        assertThat(db).isPositive();
        assertThat(cache).isPositive();
        assertThat(db + cache).isCloseTo(web.failedByDataTierRequests(), within(1e-6));
    }

    @Test
    void regionOutage_requestsSentToTheDeadRegion_neverReachTheCache() {
        RedisCacheSpec spec =
                RedisCacheSpec.builder("sessions", "redis-eu")
                        .sentinel(Sentinel.of("s1", "europe-west1-b"))
                        .quorum(1)
                        .popularity(ZipfPopularity.of(100_000, 0.99))
                        .capacityKeys(20_000)
                        .build();
        CacheSection eu =
                new CacheSection(
                        spec,
                        List.of(
                                new CacheNode("redis-eu", "europe-west1", "europe-west1-b"),
                                new CacheNode("s1", "europe-west1", "europe-west1-b")),
                        READS,
                        Double.POSITIVE_INFINITY,
                        List.of());
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(10), TwoRegions.geoDns(), 1800, 5)
                        .failures(TwoRegions.regionDies("us-east-1", 600))
                        .build();

        SimulationResult result =
                Simulation.builder(model).pricing(TwoRegions.PRICING).cache(eu).build().run();

        ServiceResult web = result.services().get(0);
        CacheResult cache = result.cache().orElseThrow();
        // every request reaches a live region except those routed to us-east-1 while it was down
        assertThat(web.failedByOutageRequests()).isPositive();
        assertThat(cache.requests())
                .isCloseTo(
                        web.arrivedRequests() - web.failedByOutageRequests(),
                        within(1e-6 * 360_000));
    }

    @Test
    void lossOfTheMaster_showsInTheTimelineFromLossToSwitch() {
        SimulationResult result = run(section(true));

        CacheFailover f = result.cache().orElseThrow().failovers().get(0);
        List<TimelineEvent> cache =
                result.timeline().stream().filter(e -> e.kind().startsWith("cache-")).toList();
        assertThat(cache)
                .filteredOn(e -> e.kind().equals("cache-node-lost"))
                .extracting(TimelineEvent::subject)
                .containsExactly("sessions redis-1", "sessions s1");
        assertThat(cache)
                .filteredOn(e -> e.kind().equals("cache-master-switched"))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.time()).isEqualTo(f.switchedAt().orElseThrow());
                            assertThat(e.subject()).isEqualTo("sessions redis-2");
                            assertThat(e.detail()).contains("replaces redis-1").endsWith("warm");
                        });
        assertThat(cache).extracting(TimelineEvent::time).isSorted();
    }

    @Test
    void coldStandby_afterTheSwitch_sendsTheMissesToTheDatabaseAndFailsMoreThanAWarmOne() {
        CacheResult warm = run(section(true)).cache().orElseThrow();
        CacheResult cold = run(section(false)).cache().orElseThrow();

        CacheFailover f = cold.failovers().get(0);
        assertThat(f.warm()).isFalse();
        assertThat(f.coldHitRatio()).isLessThan(cold.warmHitRatio());
        assertThat(cold.databaseReads()).isGreaterThan(warm.databaseReads());
        assertThat(cold.failedRequests()).isGreaterThan(warm.failedRequests());
    }

    @Test
    void runWithoutCache_hasNoCacheResultAndTheSameJsonAsBefore() {
        SimulationResult without = run(null);

        assertThat(without.cache()).isEmpty();
        assertThat(without.hasDataTier()).isFalse();
        assertThat(json(without)).doesNotContain("\"cache\"");
    }

    @Test
    void runWithCache_writesItsObjectAndTheDataTierCounts() {
        String json = json(run(section(true)));

        assertThat(json).contains("\"cache\"").contains("\"failedByDataTierRequests\"");
    }
}
