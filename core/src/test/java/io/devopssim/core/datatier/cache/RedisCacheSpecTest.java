package io.devopssim.core.datatier.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class RedisCacheSpecTest {

    private static RedisCacheSpec.Builder minimal() {
        return RedisCacheSpec.builder("c", "m")
                .replica(RedisReplica.of("r", "z"))
                .sentinel(Sentinel.of("s0", "a"))
                .sentinel(Sentinel.of("s1", "b"))
                .sentinel(Sentinel.of("s2", "c"))
                .quorum(2)
                .popularity(ZipfPopularity.of(1000, 1))
                .capacityKeys(100);
    }

    @Test
    void build_defaults_areRedisSentinelDefaults() {
        RedisCacheSpec spec = minimal().build();

        assertThat(spec.downAfterMillis()).isEqualTo(30_000);
        assertThat(spec.failoverTimeoutMillis()).isEqualTo(180_000);
        assertThat(spec.pingPeriodMillis()).isEqualTo(1000);
        assertThat(spec.askPeriodMillis()).isEqualTo(1000);
        assertThat(spec.timerPeriodMillis()).isEqualTo(100);
        assertThat(spec.maxDesyncMillis()).isEqualTo(1000);
        assertThat(spec.fallbackToDatabase()).isTrue();
        assertThat(spec.replicas().get(0).replicaPriority()).isEqualTo(100);
        assertThat(spec.replicas().get(0).warm()).isTrue();
    }

    @Test
    void votesNeeded_isTheLargerOfQuorumAndMajority() {
        assertThat(minimal().quorum(1).build().votesNeeded()).isEqualTo(2);
        assertThat(minimal().quorum(3).build().votesNeeded()).isEqualTo(3);
        RedisCacheSpec.Builder five = minimal().quorum(2);
        five.sentinel(Sentinel.of("s3", "a")).sentinel(Sentinel.of("s4", "b"));
        assertThat(five.build().votesNeeded()).isEqualTo(3);
    }

    @Test
    void build_noSentinelsNoQuorum_reportsBoth() {
        assertThatThrownBy(
                        () ->
                                RedisCacheSpec.builder("c", "m")
                                        .popularity(ZipfPopularity.of(10, 1))
                                        .capacityKeys(5)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sentinels: must hold at least 1 sentinel, was empty")
                .hasMessageContaining("quorum: required, was not set");
    }

    @Test
    void build_nonFiniteTimes_reportedByName() {
        assertThatThrownBy(
                        () ->
                                minimal()
                                        .failoverTimeoutMillis(Double.NaN)
                                        .sampleSeconds(0)
                                        .maxDesyncMillis(-1)
                                        .capacityKeys(Double.POSITIVE_INFINITY)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("failoverTimeoutMillis: must be a finite number, was NaN")
                .hasMessageContaining("sampleSeconds: must be > 0, was 0")
                .hasMessageContaining("maxDesyncMillis: must be >= 0, was -1")
                .hasMessageContaining("capacityKeys: must be a finite number, was Infinity");
    }
}
