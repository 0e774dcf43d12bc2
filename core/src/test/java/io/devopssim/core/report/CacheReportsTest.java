package io.devopssim.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devopssim.core.sim.CacheFailover;
import io.devopssim.core.sim.CacheResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CacheReportsTest {

    private static final CacheFailover SWITCHED =
            new CacheFailover(
                    "redis-1",
                    100,
                    OptionalDouble.of(130.4),
                    OptionalDouble.of(131.2),
                    Optional.of("redis-2"),
                    OptionalDouble.of(132.5),
                    false,
                    0.25,
                    OptionalDouble.of(268));
    private static final CacheFailover STUCK =
            new CacheFailover(
                    "redis-2",
                    5000,
                    OptionalDouble.of(5030.2),
                    OptionalDouble.empty(),
                    Optional.empty(),
                    OptionalDouble.empty(),
                    false,
                    Double.NaN,
                    OptionalDouble.empty());

    private static CacheResult result(double capacity) {
        return new CacheResult(
                "sessions",
                0.8,
                0,
                101,
                4000,
                101,
                capacity,
                1_200_000,
                52_500,
                900_000,
                List.of(SWITCHED, STUCK),
                List.of("redis-1", "s1"));
    }

    @Test
    void json_cache_writesEveryFieldWithNullsForTheUndefined() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            CacheJson.write(json, result(Double.POSITIVE_INFINITY));
            json.writeEndObject();
        }

        JsonNode cache = new ObjectMapper().readTree(out.toByteArray()).get("cache");
        assertThat(cache.get("name").asText()).isEqualTo("sessions");
        assertThat(cache.get("warmHitRatio").asDouble()).isEqualTo(0.8);
        assertThat(cache.get("peakDatabaseReadsPerSecond").asDouble()).isEqualTo(4000);
        assertThat(cache.get("databaseReadCapacity").isNull()).isTrue();
        assertThat(cache.get("failedRequests").asDouble()).isEqualTo(52_500);
        assertThat(cache.get("lostNodes").toString()).isEqualTo("[\"redis-1\",\"s1\"]");
        JsonNode first = cache.get("failovers").get(0);
        assertThat(first.get("outageSeconds").asDouble()).isEqualTo(32.5);
        assertThat(first.get("hitRecoverySeconds").asDouble()).isEqualTo(168);
        assertThat(first.get("warm").asBoolean()).isFalse();
        JsonNode second = cache.get("failovers").get(1);
        assertThat(second.get("newMaster").isNull()).isTrue();
        assertThat(second.get("detectedAt").isNull()).isTrue();
        assertThat(second.get("coldHitRatio").isNull()).isTrue();
    }

    @Test
    void summary_cache_showsLoadAgainstCapacityAndEachFailover() {
        StringBuilder out = new StringBuilder();
        CacheSummary.render(out, result(3000));

        assertThat(out.toString())
                .isEqualTo(
                        "\nCache sessions: warm hit ratio 80.0%, lowest 0.00% at +101 s; database"
                                + " reads peak 4,000/s of 3,000/s capacity; 52,500 of 1,200,000"
                                + " requests failed by the cache\n"
                                + "  failover        redis-1 lost at +100 s: seen down +30 s,"
                                + " quorum +31 s, redis-2 serving +33 s (cold, hit ratio 25.0%),"
                                + " 90% of the warm hit ratio +2.8 min\n"
                                + "  failover        redis-2 lost at +83.3 min: seen down +30 s,"
                                + " quorum never, no switch by the end of the run\n"
                                + "  lost            redis-1, s1\n");
    }

    @Test
    void summary_unlimitedDatabase_saysSo() {
        StringBuilder out = new StringBuilder();
        CacheSummary.render(out, result(Double.POSITIVE_INFINITY));

        assertThat(out.toString()).contains("peak 4,000/s (no capacity limit)");
    }
}
