package io.devopssim.core.report;

import static io.devopssim.core.report.JsonReport.number;
import static io.devopssim.core.report.JsonReport.optional;

import com.fasterxml.jackson.core.JsonGenerator;
import io.devopssim.core.sim.CacheFailover;
import io.devopssim.core.sim.CacheResult;
import java.io.IOException;

/**
 * Writes a run's Redis cache as a JSON object field {@code cache}, in a fixed key order.
 *
 * <p>Undefined numbers (NaN, an unlimited database capacity) and absent times are {@code null}.
 */
final class CacheJson {

    private CacheJson() {}

    static void write(JsonGenerator json, CacheResult c) throws IOException {
        json.writeObjectFieldStart("cache");
        json.writeStringField("name", c.name());
        number(json, "warmHitRatio", c.warmHitRatio());
        number(json, "minHitRatio", c.minHitRatio());
        number(json, "minHitRatioAt", c.minHitRatioAt());
        number(json, "peakDatabaseReadsPerSecond", c.peakDatabaseReadsPerSecond());
        number(json, "peakDatabaseReadsAt", c.peakDatabaseReadsAt());
        number(json, "databaseReadCapacity", c.databaseReadCapacity());
        number(json, "requests", c.requests());
        number(json, "failedRequests", c.failedRequests());
        number(json, "databaseReads", c.databaseReads());
        json.writeArrayFieldStart("lostNodes");
        for (String node : c.lostNodes()) {
            json.writeString(node);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("failovers");
        for (CacheFailover f : c.failovers()) {
            failover(json, f);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void failover(JsonGenerator json, CacheFailover f) throws IOException {
        json.writeStartObject();
        json.writeStringField("oldMaster", f.oldMaster());
        number(json, "lostAt", f.lostAt());
        optional(json, "subjectivelyDownAt", f.subjectivelyDownAt());
        optional(json, "detectedAt", f.detectedAt());
        json.writeStringField("newMaster", f.newMaster().orElse(null));
        optional(json, "switchedAt", f.switchedAt());
        optional(json, "outageSeconds", f.outageSeconds());
        json.writeBooleanField("warm", f.warm());
        number(json, "coldHitRatio", f.coldHitRatio());
        optional(json, "hitRecoveredAt", f.hitRecoveredAt());
        optional(json, "hitRecoverySeconds", f.hitRecoverySeconds());
        json.writeEndObject();
    }
}
