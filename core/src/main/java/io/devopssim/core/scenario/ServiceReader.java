package io.devopssim.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.internal.k8s.HpaSpecReader;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.k8s.ImportedService;
import io.devopssim.core.k8s.KubernetesManifests;
import io.devopssim.core.model.RollingUpdate;
import io.devopssim.core.model.ServiceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of a scenario's {@code services}. */
final class ServiceReader {

    /** What was read: the builder and which variant each union field used. */
    record Read(ServiceModel.Builder builder, Map<String, String> kinds, boolean hpaFromManifest) {}

    private final Path base;
    private final List<String> warnings;

    ServiceReader(Path base, List<String> warnings) {
        this.base = base;
        this.warnings = warnings;
    }

    Read read(Fields f) {
        Optional<ImportedService> imported = kubernetes(f);
        Set<String> defined = imported.map(ImportedService::definedFields).orElse(Set.of());
        conflicts(f, imported, defined);
        ServiceModel.Builder b =
                imported.map(ImportedService::builder).orElseGet(() -> ServiceModel.builder(""));
        if (imported.isEmpty()) {
            f.requiredString("name").ifPresent(b::name);
        }
        Map<String, String> kinds = new HashMap<>();
        scalars(f, b);
        f.object("cpu").ifPresent(c -> cpu(c, b));
        f.object("replicas").ifPresent(r -> replicas(r, b));
        f.object("startup")
                .flatMap(d -> SpecReader.distribution(d, kinds, "startup"))
                .ifPresent(b::startup);
        f.object("readiness")
                .flatMap(d -> SpecReader.distribution(d, kinds, "readiness"))
                .ifPresent(b::readiness);
        f.object("load").flatMap(l -> SpecReader.load(l, kinds)).ifPresent(b::load);
        f.object("autoscaler").ifPresent(a -> autoscaler(a, b));
        f.object("rollingUpdate").ifPresent(r -> rollingUpdate(r, b));
        if (f.has("placements")) {
            b.placements(RegionalReader.placements(f));
        }
        f.finish();
        return new Read(b, kinds, defined.contains("autoscaler"));
    }

    private static void scalars(Fields f, ServiceModel.Builder b) {
        f.string("instanceType").ifPresent(b::instanceType);
        f.number("pricePerHour").ifPresent(b::pricePerHour);
        f.number("capacityRps").ifPresent(b::capacityRps);
        f.integer("concurrency").ifPresent(b::concurrency);
        f.duration("requestTimeout").ifPresent(b::requestTimeoutSeconds);
    }

    private static void cpu(Fields c, ServiceModel.Builder b) {
        c.quantity("request").ifPresent(b::cpuRequest);
        c.quantity("idle").ifPresent(b::cpuIdle);
        c.quantity("atCapacity").ifPresent(b::cpuAtCapacity);
        c.finish();
    }

    private static void replicas(Fields r, ServiceModel.Builder b) {
        r.integer("min").ifPresent(b::minReplicas);
        r.integer("max").ifPresent(b::maxReplicas);
        r.integer("initial").ifPresent(b::initialReplicas);
        r.finish();
    }

    private void autoscaler(Fields a, ServiceModel.Builder b) {
        Optional<Fields> hpa = a.object("hpa");
        if (hpa.isEmpty()) {
            a.required("hpa");
        }
        hpa.ifPresent(
                h -> {
                    HpaSpecReader.read(h, warnings).ifPresent(b::autoscaler);
                    h.finish();
                });
        a.finish();
    }

    private static void rollingUpdate(Fields r, ServiceModel.Builder b) {
        String surge = r.node("maxSurge").map(JsonNode::asText).orElse("25%");
        String unavailable = r.node("maxUnavailable").map(JsonNode::asText).orElse("25%");
        r.finish();
        b.rollingUpdate(new RollingUpdate(surge, unavailable));
    }

    private Optional<ImportedService> kubernetes(Fields f) {
        Optional<JsonNode> node = f.node("kubernetes");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        List<Path> files = manifestFiles(f, node.get());
        if (files.isEmpty()) {
            return Optional.empty();
        }
        try {
            ImportedService imported = KubernetesManifests.read(files);
            imported.warnings().forEach(w -> warnings.add(f.pathOf("kubernetes") + ": " + w));
            return Optional.of(imported);
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                f.problems().add(f.pathOf("kubernetes"), p.toString());
            }
            return Optional.empty();
        }
    }

    private List<Path> manifestFiles(Fields f, JsonNode node) {
        List<Path> files = new ArrayList<>();
        List<JsonNode> names = node.isArray() ? f.list("kubernetes") : List.of(node);
        for (JsonNode name : names) {
            if (!name.isTextual()) {
                f.problems()
                        .add(
                                f.pathOf("kubernetes"),
                                "expected a file name or a list of file"
                                        + " names, was "
                                        + Values.describe(name));
                return List.of();
            }
            files.add(base.resolve(name.asText()));
        }
        return files;
    }

    private static void conflicts(Fields f, Optional<ImportedService> imported, Set<String> def) {
        if (imported.isEmpty()) {
            return;
        }
        String deployment = imported.get().builder().name();
        f.string("name")
                .filter(n -> !n.equals(deployment))
                .ifPresent(
                        n ->
                                f.problems()
                                        .add(
                                                f.pathOf("name"),
                                                "must equal the Deployment's name "
                                                        + Values.quoted(deployment)
                                                        + " or be left out, was "
                                                        + Values.quoted(n)));
        conflict(f, "replicas", true);
        conflict(f, "rollingUpdate", true);
        conflict(f, "autoscaler", def.contains("autoscaler"));
        Optional<Fields> cpu =
                f.node("cpu").filter(JsonNode::isObject).flatMap(n -> f.object("cpu"));
        if (def.contains("cpuRequest") && cpu.isPresent() && cpu.get().has("request")) {
            f.problems().add(cpu.get().pathOf("request"), DEFINED_BY_MANIFESTS);
        }
    }

    private static final String DEFINED_BY_MANIFESTS =
            "is defined by the Kubernetes manifests; remove it here or there";

    private static void conflict(Fields f, String key, boolean defined) {
        if (defined && f.has(key)) {
            f.problems().add(f.pathOf(key), DEFINED_BY_MANIFESTS);
        }
    }
}
