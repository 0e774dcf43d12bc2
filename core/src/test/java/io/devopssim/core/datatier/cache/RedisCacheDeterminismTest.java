package io.devopssim.core.datatier.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.load.Workloads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisCacheDeterminismTest {

    private static RedisCache run(long seed, List<CacheEvent> heard) {
        SimulationKernel kernel = SimulationKernel.create(seed);
        kernel.addListener(CacheEvent.class, heard::add);
        RedisCacheSpec spec =
                RedisCacheSpec.builder("sessions", "m")
                        .replica(RedisReplica.of("r1", "b").cold())
                        .sentinel(Sentinel.of("s0", "a"))
                        .sentinel(Sentinel.of("s1", "b"))
                        .sentinel(Sentinel.of("s2", "c"))
                        .quorum(2)
                        .popularity(ZipfPopularity.of(100_000, 1.1))
                        .capacityKeys(10_000)
                        .sampleSeconds(5)
                        .build();
        RedisCache cache = RedisCache.start(kernel, spec, Workloads.diurnal(500, 0.5, 14));
        cache.failAt("m", 1000);
        kernel.runUntil(3000);
        return cache;
    }

    @Test
    void sameSeed_identicalEventsAndSamples() {
        List<CacheEvent> heardOne = new ArrayList<>();
        List<CacheEvent> heardTwo = new ArrayList<>();
        RedisCache one = run(5, heardOne);
        RedisCache two = run(5, heardTwo);
        RedisCache other = run(6, new ArrayList<>());

        assertThat(one.events()).isEqualTo(two.events()).isEqualTo(heardOne);
        assertThat(one.samples()).isEqualTo(two.samples());
        assertThat(one.events()).isNotEqualTo(other.events());
    }
}
