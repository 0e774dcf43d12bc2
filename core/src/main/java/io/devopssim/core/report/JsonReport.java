package io.devopssim.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.devopssim.core.anomaly.AnomalyAlert;
import io.devopssim.core.sim.LatencySummary;
import io.devopssim.core.sim.ScalingDecision;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.SimulationResult;
import io.devopssim.core.sim.TimeSeries;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a {@link SimulationResult} as JSON, with a fixed key order.
 *
 * <p>Numbers that are not defined (NaN: no requests, a trace gap) are written as {@code null}. Time
 * series are written column by column, one array per quantity.
 */
public final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {}

    /**
     * Writes {@code result} to {@code out} as UTF-8 JSON; does not close {@code out}.
     *
     * @param includeSeries whether to include each service's time series
     * @throws IOException if writing fails
     */
    public static void write(SimulationResult result, OutputStream out, boolean includeSeries)
            throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            writeRun(json, result);
            json.writeArrayFieldStart("services");
            for (ServiceResult service : result.services()) {
                writeService(json, service, includeSeries, result.hasDataTier());
            }
            json.writeEndArray();
            if (!result.timeline().isEmpty()) {
                RegionalJson.timeline(json, result);
            }
            if (result.database().isPresent()) {
                DatabaseJson.write(json, result.database().get(), result.durationSeconds());
            }
            if (result.cache().isPresent()) {
                CacheJson.write(json, result.cache().get());
            }
            json.writeEndObject();
        }
    }

    private static void writeRun(JsonGenerator json, SimulationResult result) throws IOException {
        json.writeStringField("scenario", result.scenario());
        json.writeNumberField("seed", result.seed());
        json.writeStringField("start", result.start().map(Object::toString).orElse(null));
        number(json, "durationSeconds", result.durationSeconds());
        number(json, "stepSeconds", result.stepSeconds());
        json.writeBooleanField("completed", result.completed());
        json.writeObjectFieldStart("slo");
        number(json, "latencyThresholdSeconds", result.slo().latencyThresholdSeconds());
        number(json, "latencyTarget", result.slo().latencyTarget());
        number(json, "availabilityTarget", result.slo().availabilityTarget());
        json.writeEndObject();
        json.writeObjectFieldStart("totals");
        number(json, "cost", result.totalCost());
        number(json, "droppedRequests", result.totalDroppedRequests());
        if (result.hasDataTier()) {
            number(json, "failedByDataTierRequests", result.totalFailedByDataTierRequests());
        }
        json.writeObjectFieldStart("costByLocation");
        for (Map.Entry<String, Double> e : result.costByLocation().entrySet()) {
            number(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeService(
            JsonGenerator json, ServiceResult s, boolean includeSeries, boolean dataTier)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("name", s.name());
        json.writeStringField("provider", s.provider());
        json.writeStringField("region", s.region());
        json.writeStringField("instanceType", s.instanceType());
        number(json, "pricePerHour", s.price().perHour());
        json.writeStringField("priceSource", s.price().source());
        number(json, "arrivedRequests", s.arrivedRequests());
        number(json, "servedRequests", s.servedRequests());
        number(json, "droppedRequests", s.droppedRequests());
        if (dataTier) {
            number(json, "failedByDataTierRequests", s.failedByDataTierRequests());
        }
        number(json, "availability", s.availability());
        number(json, "latencyAttainment", s.latencyAttainment());
        number(json, "sloViolatedSeconds", s.sloViolatedSeconds());
        number(json, "gapSeconds", s.gapSeconds());
        writeLatency(json, s.latency());
        number(json, "replicaSeconds", s.replicaSeconds());
        json.writeNumberField("peakReplicas", s.peakReplicas());
        number(json, "cost", s.cost());
        writeDecisions(json, s);
        writeAlerts(json, s);
        if (s.podCrashes() > 0) {
            json.writeNumberField("podCrashes", s.podCrashes());
        }
        if (!s.regions().isEmpty()) {
            RegionalJson.regions(json, s, includeSeries, dataTier);
            RegionalJson.failovers(json, s);
        }
        if (includeSeries && s.series().isPresent()) {
            writeSeries(json, s.series().get());
        }
        json.writeEndObject();
    }

    private static void writeLatency(JsonGenerator json, LatencySummary latency)
            throws IOException {
        json.writeObjectFieldStart("latencySeconds");
        number(json, "mean", latency.mean());
        number(json, "p50", latency.p50());
        number(json, "p90", latency.p90());
        number(json, "p99", latency.p99());
        number(json, "p999", latency.p999());
        number(json, "max", latency.max());
        json.writeEndObject();
    }

    private static void writeDecisions(JsonGenerator json, ServiceResult s) throws IOException {
        json.writeArrayFieldStart("scalingDecisions");
        for (ScalingDecision d : s.decisions()) {
            json.writeStartObject();
            number(json, "time", d.time());
            json.writeNumberField("from", d.from());
            json.writeNumberField("to", d.to());
            json.writeStringField("reason", d.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeAlerts(JsonGenerator json, ServiceResult s) throws IOException {
        json.writeArrayFieldStart("anomalyAlerts");
        for (AnomalyAlert a : s.alerts()) {
            json.writeStartObject();
            number(json, "time", a.time());
            json.writeStringField("metric", a.metric().label());
            number(json, "value", a.value());
            number(json, "score", a.score());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void writeSeries(JsonGenerator json, TimeSeries series) throws IOException {
        json.writeObjectFieldStart("series");
        for (TimeSeries.Column column : TimeSeries.Column.values()) {
            json.writeArrayFieldStart(column.label());
            for (int i = 0; i < series.size(); i++) {
                double v = series.value(column, i);
                if (Double.isNaN(v)) {
                    json.writeNull();
                } else {
                    json.writeNumber(v);
                }
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Writes an absent value as null, as {@link #number} writes NaN. */
    static void optional(JsonGenerator json, String name, OptionalDouble value) throws IOException {
        number(json, name, value.isPresent() ? value.getAsDouble() : Double.NaN);
    }

    /** Writes a number field, or null for NaN and infinities, which JSON cannot hold. */
    static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
