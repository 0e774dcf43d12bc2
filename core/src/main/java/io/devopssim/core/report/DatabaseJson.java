package io.devopssim.core.report;

import static io.devopssim.core.report.JsonReport.number;

import com.fasterxml.jackson.core.JsonGenerator;
import io.devopssim.core.sim.DatabaseResult;
import java.io.IOException;

/** Writes the run's PostgreSQL cluster as JSON: its primary, failovers and refused writes. */
final class DatabaseJson {

    private DatabaseJson() {}

    static void write(JsonGenerator json, DatabaseResult db, double end) throws IOException {
        json.writeObjectFieldStart("database");
        json.writeStringField("cluster", db.cluster());
        json.writeArrayFieldStart("services");
        for (String service : db.services()) {
            json.writeString(service);
        }
        json.writeEndArray();
        json.writeStringField("initialPrimary", db.initialPrimary());
        json.writeStringField("primary", db.primary().orElse(null));
        json.writeNumberField("timeline", db.timeline());
        number(json, "secondsWithoutPrimary", db.secondsWithoutPrimary());
        number(json, "refusedWriteBytes", db.refusedWriteBytes());
        number(json, "refusedWriteRequests", db.refusedWriteRequests());
        number(json, "failedRequests", db.failedRequests());
        json.writeArrayFieldStart("failovers");
        for (DatabaseResult.Failover f : db.failovers()) {
            failover(json, f, end);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void failover(JsonGenerator json, DatabaseResult.Failover f, double end)
            throws IOException {
        json.writeStartObject();
        number(json, "lostAt", f.lostAt());
        json.writeStringField("from", f.lostPrimary());
        number(json, "promotedAt", f.promotedAt().orElse(Double.NaN));
        json.writeStringField("to", f.newPrimary().orElse(null));
        json.writeNumberField("timeline", f.timeline());
        number(json, "writeOutageSeconds", f.writeOutageSeconds(end));
        number(json, "rpoBytes", f.rpoBytes());
        number(json, "rpoSeconds", f.rpoSeconds());
        json.writeEndObject();
    }
}
