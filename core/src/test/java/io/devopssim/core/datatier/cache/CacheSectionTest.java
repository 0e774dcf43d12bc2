package io.devopssim.core.datatier.cache;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A section built in code is checked as a scenario's is: its numbers and its nodes' names. */
class CacheSectionTest {

    static final RedisCacheSpec SPEC =
            RedisCacheSpec.builder("sessions", "redis-1")
                    .replica(RedisReplica.of("redis-2", "us-east-1b"))
                    .sentinel(Sentinel.of("s1", "us-east-1a"))
                    .quorum(1)
                    .popularity(ZipfPopularity.of(1_000, 0.99))
                    .capacityKeys(100)
                    .build();

    static final List<CacheNode> NODES =
            List.of(
                    new CacheNode("redis-1", "us-east-1", "us-east-1a"),
                    new CacheNode("redis-2", "us-east-1", "us-east-1b"),
                    new CacheNode("s1", "us-east-1", "us-east-1a"));

    @Test
    void validSection_withInfiniteCapacity_isAccepted() {
        assertThatCode(
                        () ->
                                new CacheSection(
                                        SPEC, NODES, 0.5, Double.POSITIVE_INFINITY, List.of()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, -1, 0, Double.POSITIVE_INFINITY})
    void readsPerRequest_notAPositiveNumber_isRefusedNamingFieldAndValue(double reads) {
        assertThatThrownBy(() -> new CacheSection(SPEC, NODES, reads, 10, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readsPerRequest")
                .hasMessageContaining(String.valueOf(reads));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, -5, 0})
    void databaseReadCapacity_notAbove0_isRefusedNamingFieldAndValue(double capacity) {
        assertThatThrownBy(() -> new CacheSection(SPEC, NODES, 2, capacity, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("databaseReadCapacity")
                .hasMessageContaining(String.valueOf(capacity));
    }

    @Test
    void nodes_namingAProcessTheSpecLacks_isRefusedListingTheExpectedNames() {
        List<CacheNode> nodes =
                List.of(NODES.get(0), NODES.get(1), new CacheNode("ghost", "us-east-1", "x"));

        assertThatThrownBy(() -> new CacheSection(SPEC, nodes, 2, 10, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[redis-1, redis-2, s1]")
                .hasMessageContaining("ghost");
    }

    @Test
    void nodes_missingOrRepeatingAProcess_areRefused() {
        List<CacheNode> missing = NODES.subList(0, 2);
        List<CacheNode> repeated = List.of(NODES.get(0), NODES.get(1), NODES.get(2), NODES.get(2));

        assertThatThrownBy(() -> new CacheSection(SPEC, missing, 2, 10, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CacheSection(SPEC, repeated, 2, 10, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullNodes_isRefusedNamingTheField() {
        assertThatThrownBy(() -> new CacheSection(SPEC, null, 2, 10, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("nodes");
    }
}
