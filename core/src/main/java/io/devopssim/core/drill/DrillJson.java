package io.devopssim.core.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devopssim.core.failover.FailoverPlanJson;
import io.devopssim.core.sim.FailoverResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Writes a drill as JSON: the drill, the simulated failover, the database, the plan and, when the
 * run executed the plan, the HPA-only failover under {@code hpaOnly}; with several drilled
 * services, an array of such objects in model order.
 *
 * <p>Times under {@code simulated} are seconds after the failure; absent ones are {@code null}.
 */
public final class DrillJson {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DrillJson() {}

    /**
     * Returns the drill as a JSON tree.
     *
     * @param drill the drill's result
     * @return the tree
     */
    public static ObjectNode toJson(DrillResult drill) {
        Objects.requireNonNull(drill, "drill");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("region", drill.spec().location());
        root.put("busiestHour", drill.spec().atBusiestHour());
        root.put("failureAtSeconds", drill.failureAt());
        root.put("durationSeconds", drill.spec().durationSeconds());
        root.put("hourMeanRps", drill.hour().meanRps());
        root.put("service", drill.service());
        root.set("simulated", simulated(drill));
        put(root, "requestsLost", drill.requestsLost());
        root.put("planExecuted", drill.planExecuted());
        drill.execution().ifPresent(h -> root.set("hpaOnly", hpaOnly(h)));
        drill.execution()
                .ifPresent(h -> put(root, "addedReplicasReadySeconds", h.addedReadySeconds()));
        root.set("plan", FailoverPlanJson.toJson(drill.plan()));
        root.put("plannedRtoSeconds", drill.plannedRtoSeconds());
        root.put("runCost", drill.runCost());
        root.put("survivingRegionsCost", drill.survivorCost());
        return root;
    }

    /**
     * Writes the drill as indented JSON.
     *
     * @param drill the drill's result
     * @param out the stream, left open
     * @throws IOException if writing fails
     */
    public static void write(DrillResult drill, OutputStream out) throws IOException {
        MAPPER.writer()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, toJson(drill));
    }

    /**
     * Writes the drill of one service as an indented JSON object, of several as an array of them.
     *
     * @param drills the drill's results, one per drilled service, at least one
     * @param out the stream, left open
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if {@code drills} is empty
     */
    public static void write(List<DrillResult> drills, OutputStream out) throws IOException {
        if (drills.isEmpty()) {
            throw new IllegalArgumentException("expected at least one drill result, was none");
        }
        if (drills.size() == 1) {
            write(drills.get(0), out);
            return;
        }
        ArrayNode all = MAPPER.createArrayNode();
        drills.forEach(d -> all.add(toJson(d)));
        MAPPER.writer()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, all);
    }

    private static ObjectNode hpaOnly(DrillResult.Execution h) {
        FailoverResult f = h.hpaOnly();
        ObjectNode s = MAPPER.createObjectNode();
        s.put("windowSeconds", PlanExecution.WINDOW_SECONDS);
        put(s, "capacityRecoveredSeconds", after(f.capacityRecoveredAt(), f.failedAt()));
        put(s, "rtoSeconds", h.hpaOnlyRtoSeconds());
        s.put("failedRequests", f.failedRequests());
        return s;
    }

    private static ObjectNode simulated(DrillResult drill) {
        FailoverResult f = drill.simulated();
        ObjectNode s = MAPPER.createObjectNode();
        put(s, "detectedSeconds", after(f.detectedAt(), f.failedAt()));
        put(s, "trafficMovedSeconds", after(f.trafficMovedAt(), f.failedAt()));
        put(s, "capacityRecoveredSeconds", after(f.capacityRecoveredAt(), f.failedAt()));
        put(s, "rtoSeconds", drill.rtoSeconds());
        s.put("failedRequests", f.failedRequests());
        if (drill.database().isEmpty()) {
            s.put("database", "no database in the scenario");
            return s;
        }
        DrillResult.DatabaseOutcome db = drill.database().get();
        ObjectNode d = s.putObject("database");
        d.put("action", db.action());
        put(d, "readySeconds", db.readySeconds());
        d.put("rpoBytes", db.rpoBytes());
        d.put("rpoSeconds", db.rpoSeconds());
        return s;
    }

    private static OptionalDouble after(OptionalDouble t, double at) {
        return t.isPresent() ? OptionalDouble.of(t.getAsDouble() - at) : OptionalDouble.empty();
    }

    private static void put(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(key, value.getAsDouble());
        } else {
            node.putNull(key);
        }
    }
}
