package io.devopssim.core.report;

import static io.devopssim.core.report.JsonReport.number;
import static io.devopssim.core.report.JsonReport.optional;

import com.fasterxml.jackson.core.JsonGenerator;
import io.devopssim.core.sim.FailoverResult;
import io.devopssim.core.sim.RegionResult;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.SimulationResult;
import io.devopssim.core.sim.TimelineEvent;
import java.io.IOException;

/** Writes the regions, failovers and timeline of a multi-region run as JSON, in a fixed order. */
final class RegionalJson {

    private RegionalJson() {}

    static void regions(
            JsonGenerator json, ServiceResult s, boolean includeSeries, boolean dataTier)
            throws IOException {
        json.writeArrayFieldStart("regions");
        for (RegionResult r : s.regions()) {
            json.writeStartObject();
            json.writeStringField("provider", r.provider());
            json.writeStringField("region", r.region());
            json.writeArrayFieldStart("zones");
            for (String zone : r.zones()) {
                json.writeString(zone);
            }
            json.writeEndArray();
            json.writeStringField("instanceType", r.instanceType());
            number(json, "pricePerHour", r.price().perHour());
            json.writeStringField("priceSource", r.price().source());
            number(json, "requests", r.requests());
            number(json, "servedRequests", r.servedRequests());
            number(json, "droppedRequests", r.droppedRequests());
            number(json, "failedByOutageRequests", r.failedByOutageRequests());
            if (dataTier) {
                number(json, "failedByDataTierRequests", r.failedByDataTierRequests());
            }
            number(json, "meanNetworkMillis", r.meanNetworkMillis());
            number(json, "replicaSeconds", r.replicaSeconds());
            json.writeNumberField("peakReplicas", r.peakReplicas());
            number(json, "cost", r.cost());
            json.writeNumberField("scalingDecisionCount", r.decisions().size());
            if (r.podCrashes() > 0) {
                json.writeNumberField("podCrashes", r.podCrashes());
            }
            if (includeSeries && r.series().isPresent()) {
                JsonReport.writeSeries(json, r.series().get());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void failovers(JsonGenerator json, ServiceResult s) throws IOException {
        json.writeArrayFieldStart("failovers");
        for (FailoverResult f : s.failovers()) {
            json.writeStartObject();
            json.writeStringField("failure", f.failure());
            json.writeArrayFieldStart("failedRegions");
            for (String region : f.failedRegions()) {
                json.writeString(region);
            }
            json.writeEndArray();
            number(json, "failedAt", f.failedAt());
            optional(json, "recoveredAt", f.recoveredAt());
            optional(json, "detectedAt", f.detectedAt());
            optional(json, "trafficMovedAt", f.trafficMovedAt());
            optional(json, "capacityRecoveredAt", f.capacityRecoveredAt());
            optional(json, "rtoSeconds", f.rtoSeconds());
            number(json, "failedRequests", f.failedRequests());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void timeline(JsonGenerator json, SimulationResult result) throws IOException {
        json.writeArrayFieldStart("timeline");
        for (TimelineEvent e : result.timeline()) {
            json.writeStartObject();
            number(json, "time", e.time());
            json.writeStringField("kind", e.kind());
            json.writeStringField("subject", e.subject());
            json.writeStringField("detail", e.detail());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
