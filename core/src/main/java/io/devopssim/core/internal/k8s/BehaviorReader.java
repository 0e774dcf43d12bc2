package io.devopssim.core.internal.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.autoscale.HpaBehavior;
import io.devopssim.core.autoscale.HpaBehavior.PolicyType;
import io.devopssim.core.autoscale.HpaBehavior.ScalingPolicy;
import io.devopssim.core.autoscale.HpaBehavior.ScalingRules;
import io.devopssim.core.autoscale.HpaBehavior.SelectPolicy;
import io.devopssim.core.internal.tree.Fields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads an HPA's {@code spec.behavior}, filling omitted parts with upstream's defaults. */
final class BehaviorReader {

    private static final Map<String, SelectPolicy> SELECT = new LinkedHashMap<>();
    private static final Map<String, PolicyType> TYPES = new LinkedHashMap<>();

    static {
        SELECT.put("Max", SelectPolicy.MAX);
        SELECT.put("Min", SelectPolicy.MIN);
        SELECT.put("Disabled", SelectPolicy.DISABLED);
        TYPES.put("Pods", PolicyType.PODS);
        TYPES.put("Percent", PolicyType.PERCENT);
    }

    private BehaviorReader() {}

    static HpaBehavior read(Fields behavior) {
        ScalingRules up =
                behavior.object("scaleUp")
                        .map(f -> rules(f, ScalingRules.defaultScaleUp()))
                        .orElse(ScalingRules.defaultScaleUp());
        ScalingRules down =
                behavior.object("scaleDown")
                        .map(f -> rules(f, ScalingRules.defaultScaleDown()))
                        .orElse(ScalingRules.defaultScaleDown());
        behavior.finish();
        return new HpaBehavior(up, down);
    }

    private static ScalingRules rules(Fields rules, ScalingRules defaults) {
        int window =
                rules.integer("stabilizationWindowSeconds")
                        .orElse(defaults.stabilizationWindowSeconds());
        SelectPolicy select = rules.choice("selectPolicy", SELECT).orElse(defaults.selectPolicy());
        List<ScalingPolicy> policies =
                rules.has("policies") ? policies(rules) : defaults.policies();
        rules.finish();
        return new ScalingRules(window, select, policies);
    }

    private static List<ScalingPolicy> policies(Fields rules) {
        List<JsonNode> entries = rules.list("policies");
        List<ScalingPolicy> policies = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = rules.pathOf("policies") + "[" + i + "]";
            policy(Fields.of(entries.get(i), path, rules.problems())).ifPresent(policies::add);
        }
        return policies;
    }

    private static Optional<ScalingPolicy> policy(Fields p) {
        Optional<PolicyType> type =
                p.has("type") ? p.choice("type", TYPES) : p.required("type").map(n -> null);
        OptionalInt value = p.requiredInteger("value");
        OptionalInt period = p.requiredInteger("periodSeconds");
        p.finish();
        if (type.isEmpty() || value.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScalingPolicy(type.get(), value.getAsInt(), period.getAsInt()));
    }
}
