package io.devopssim.core.internal.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.autoscale.HpaBehavior;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.internal.tree.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of an {@code autoscaling/v2} HorizontalPodAutoscaler spec into an {@link
 * HpaSpec}: {@code minReplicas}, {@code maxReplicas}, {@code metrics} and {@code behavior}.
 *
 * <p>Omitted parts get upstream's defaults: {@code minReplicas} 1, metrics a CPU utilisation target
 * of 80 %, and within a {@code behavior} block each omitted window, select policy and policy list.
 * Without a {@code behavior} block the spec's behavior is empty. The caller handles {@code
 * scaleTargetRef} and calls {@link Fields#finish()}. Not API.
 */
public final class HpaSpecReader {

    private HpaSpecReader() {}

    /**
     * Returns the spec read from {@code spec}, or empty if a required part is missing or invalid.
     *
     * @param spec the {@code spec} mapping; problems go to its problem list
     * @param warnings where notes about parts not simulated go
     */
    public static Optional<HpaSpec> read(Fields spec, List<String> warnings) {
        int min = spec.integer("minReplicas").orElse(1);
        var max = spec.requiredInteger("maxReplicas");
        List<MetricSpec> metrics = metrics(spec, warnings);
        Optional<HpaBehavior> behavior = spec.object("behavior").map(BehaviorReader::read);
        if (max.isEmpty() || metrics.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new HpaSpec(
                        min,
                        max.getAsInt(),
                        metrics,
                        behavior,
                        HpaSpec.ControllerSettings.upstreamDefaults()));
    }

    private static List<MetricSpec> metrics(Fields spec, List<String> warnings) {
        if (!spec.has("metrics")) {
            return List.of(MetricSpec.cpuUtilization(80));
        }
        List<JsonNode> entries = spec.list("metrics");
        List<MetricSpec> metrics = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < entries.size(); i++) {
            String path = spec.pathOf("metrics") + "[" + i + "]";
            Optional<MetricSpec> m =
                    MetricReader.read(Fields.of(entries.get(i), path, spec.problems()), warnings);
            m.ifPresent(metrics::add);
            failed |= m.isEmpty();
        }
        if (entries.isEmpty() && spec.node("metrics").map(JsonNode::isArray).orElse(false)) {
            spec.problems().add(spec.pathOf("metrics"), "must hold at least one metric, was empty");
        }
        return failed ? List.of() : metrics;
    }
}
