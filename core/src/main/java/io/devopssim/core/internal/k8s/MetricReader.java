package io.devopssim.core.internal.k8s;

import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.autoscale.MetricSpec.MetricSource;
import io.devopssim.core.autoscale.MetricSpec.TargetType;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads one entry of an HPA's {@code spec.metrics}. */
final class MetricReader {

    private static final Map<String, MetricSource> SOURCES = new LinkedHashMap<>();
    private static final Map<String, TargetType> TARGETS = new LinkedHashMap<>();

    static {
        SOURCES.put("Resource", MetricSource.RESOURCE);
        SOURCES.put("Pods", MetricSource.PODS);
        SOURCES.put("External", MetricSource.EXTERNAL);
        SOURCES.put("Object", null);
        SOURCES.put("ContainerResource", null);
        TARGETS.put("Utilization", TargetType.UTILIZATION);
        TARGETS.put("AverageValue", TargetType.AVERAGE_VALUE);
        TARGETS.put("Value", TargetType.VALUE);
    }

    private MetricReader() {}

    static Optional<MetricSpec> read(Fields entry, List<String> warnings) {
        Optional<String> type = entry.requiredString("type");
        entry.ignore("object", "containerResource");
        if (type.isEmpty()) {
            entry.finish();
            return Optional.empty();
        }
        Optional<MetricSpec> metric =
                switch (type.get()) {
                    case "Resource" -> resource(entry, warnings);
                    case "Pods" -> named(entry, "pods", MetricSource.PODS);
                    case "External" -> named(entry, "external", MetricSource.EXTERNAL);
                    default -> unsupported(entry, type.get());
                };
        entry.finish();
        return metric;
    }

    private static Optional<MetricSpec> unsupported(Fields entry, String type) {
        String message =
                SOURCES.containsKey(type)
                        ? type + " metrics are not modelled; use Resource, Pods or External, was "
                        : "expected one of Resource, Pods, External, was ";
        entry.problems().add(entry.pathOf("type"), message + Values.quoted(type));
        return Optional.empty();
    }

    private static Optional<MetricSpec> resource(Fields entry, List<String> warnings) {
        Optional<Fields> body = entry.object("resource");
        if (body.isEmpty()) {
            entry.required("resource");
            return Optional.empty();
        }
        Optional<String> name = body.get().requiredString("name");
        Optional<Target> target = body.get().object("target").flatMap(MetricReader::target);
        missing(body.get(), "target");
        body.get().finish();
        if (name.isPresent() && !name.get().equals("cpu") && !name.get().equals("memory")) {
            body.get()
                    .problems()
                    .add(
                            body.get().pathOf("name"),
                            "expected cpu or memory, was " + Values.quoted(name.get()));
            return Optional.empty();
        }
        if (name.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        if (name.get().equals("memory") && target.get().type() == TargetType.UTILIZATION) {
            warnings.add(
                    entry.path()
                            + ": memory Utilization needs memory requests, which the"
                            + " model does not hold; the autoscaler decides how to evaluate it");
        }
        return build(body.get(), MetricSource.RESOURCE, name.get(), target.get());
    }

    private static Optional<MetricSpec> named(Fields entry, String key, MetricSource source) {
        Optional<Fields> body = entry.object(key);
        if (body.isEmpty()) {
            entry.required(key);
            return Optional.empty();
        }
        Optional<String> name = body.get().object("metric").flatMap(MetricReader::metricName);
        missing(body.get(), "metric");
        Optional<Target> target = body.get().object("target").flatMap(MetricReader::target);
        missing(body.get(), "target");
        body.get().finish();
        if (name.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return build(body.get(), source, name.get(), target.get());
    }

    private static Optional<String> metricName(Fields metric) {
        Optional<String> name = metric.requiredString("name");
        metric.ignore("selector");
        metric.finish();
        return name;
    }

    private static void missing(Fields body, String key) {
        if (!body.has(key)) {
            body.required(key);
        }
    }

    private static Optional<MetricSpec> build(
            Fields body, MetricSource source, String name, Target target) {
        boolean allowed =
                switch (target.type()) {
                    case UTILIZATION -> source == MetricSource.RESOURCE;
                    case VALUE -> source == MetricSource.EXTERNAL;
                    case AVERAGE_VALUE -> true;
                };
        if (!allowed) {
            body.problems()
                    .add(
                            body.pathOf("target.type"),
                            target.word()
                                    + " is not allowed for "
                                    + source.name().charAt(0)
                                    + source.name().substring(1).toLowerCase(Locale.ROOT)
                                    + " metrics");
            return Optional.empty();
        }
        return Optional.of(new MetricSpec(source, name, target.type(), target.value()));
    }

    private static Optional<Target> target(Fields t) {
        Optional<String> word = t.requiredString("type");
        Optional<TargetType> type = word.isPresent() ? t.choice("type", TARGETS) : Optional.empty();
        OptionalInt percent = t.integer("averageUtilization");
        OptionalDouble utilization =
                percent.isPresent()
                        ? OptionalDouble.of(percent.getAsInt())
                        : OptionalDouble.empty();
        OptionalDouble average = t.quantity("averageValue");
        OptionalDouble value = t.quantity("value");
        t.finish();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String key =
                switch (type.get()) {
                    case UTILIZATION -> "averageUtilization";
                    case AVERAGE_VALUE -> "averageValue";
                    case VALUE -> "value";
                };
        OptionalDouble chosen =
                switch (type.get()) {
                    case UTILIZATION -> utilization;
                    case AVERAGE_VALUE -> average;
                    case VALUE -> value;
                };
        if (chosen.isEmpty()) {
            if (!t.problems().reportedAt(t.pathOf(key))) {
                t.problems()
                        .add(t.pathOf(key), "required for target type " + word.get() + ", missing");
            }
            return Optional.empty();
        }
        return Optional.of(new Target(type.get(), word.get(), chosen.getAsDouble()));
    }

    private record Target(TargetType type, String word, double value) {}
}
