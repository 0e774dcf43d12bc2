package io.devopssim.core.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.internal.tree.TreeFiles;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.model.ServiceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a service from a Kubernetes Deployment ({@code apps/v1}) and an optional
 * HorizontalPodAutoscaler ({@code autoscaling/v2}).
 *
 * <p>The objects may sit in separate files or in one multi-document YAML file; other kinds
 * (Service, ConfigMap …) are skipped with a warning. What is taken:
 *
 * <ul>
 *   <li>{@code metadata.name} → the service's name;
 *   <li>{@code spec.replicas} (default 1) → the initial replicas; without an HPA also both bounds;
 *       with one, a count outside the HPA's bounds is moved inside them, as the HPA's first sync
 *       would, with a warning;
 *   <li>the sum of the containers' {@code resources.requests.cpu} (a missing request defaults to
 *       the limit, as in Kubernetes) → the CPU request; none at all leaves the builder's default;
 *   <li>{@code readinessProbe} → readiness time uniform in [d, d + p], where d is {@code
 *       initialDelaySeconds + (successThreshold − 1) × periodSeconds} and p is {@code
 *       periodSeconds}: the kubelet's probe ticks are not aligned with container start, so the
 *       first passing probe falls anywhere within one period. This assumes the application answers
 *       by the initial delay. With several probed containers the slowest bounds win; no probe means
 *       ready at once;
 *   <li>{@code strategy.rollingUpdate} → {@link io.devopssim.core.model.RollingUpdate}; {@code
 *       Recreate} is approximated as maxSurge 0, maxUnavailable 100 % with a warning;
 *   <li>the HPA's {@code minReplicas} (default 1), {@code maxReplicas}, {@code metrics} (default
 *       CPU at 80 %) and {@code behavior} → {@link HpaSpec}; omitted parts of {@code behavior} get
 *       upstream's defaults, no {@code behavior} gives an empty one.
 * </ul>
 *
 * <p>Fields Kubernetes does not define in these objects are errors with their path. Fields that
 * cannot change the simulation (labels, image, ports, env, volumes, selector, liveness probe,
 * scheduling constraints …) are skipped by an allow-list. Fields that would change behaviour but
 * are not simulated are reported: as errors when the result would be wrong (Object and
 * ContainerResource metrics, other API versions, resources other than CPU and memory), as warnings
 * when it is approximated (CPU limits, init containers, startup probes, {@code minReadySeconds},
 * {@code Recreate}).
 *
 * <p>Limitations: memory requests are not kept, so a memory Utilization metric cannot be judged
 * against them; the range rules on HPA values (policy periods, windows) are checked when the
 * service is built, with the builder's paths.
 */
public final class KubernetesManifests {

    private KubernetesManifests() {}

    /**
     * Returns the service defined by the manifests in {@code files}.
     *
     * @param files YAML or JSON files holding one Deployment and at most one HPA between them
     * @throws io.devopssim.core.InvalidInputException listing every problem in the files
     */
    public static ImportedService read(Path... files) {
        return read(List.of(files));
    }

    /**
     * Returns the service defined by the manifests in {@code files}.
     *
     * @param files YAML or JSON files holding one Deployment and at most one HPA between them
     * @throws io.devopssim.core.InvalidInputException listing every problem in the files
     */
    public static ImportedService read(List<Path> files) {
        Objects.requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files must not be empty");
        }
        Problems problems = new Problems();
        List<String> warnings = new ArrayList<>();
        String source = files.stream().map(Path::toString).collect(Collectors.joining(", "));
        List<JsonNode> docs = documents(files, problems);
        problems.throwIfAny(source);
        ImportedService result = importFrom(docs, problems, warnings);
        problems.throwIfAny(source);
        return result;
    }

    private static List<JsonNode> documents(List<Path> files, Problems problems) {
        List<JsonNode> docs = new ArrayList<>();
        for (Path file : files) {
            docs.addAll(TreeFiles.readAll(file, file.getFileName().toString(), problems));
        }
        return docs;
    }

    private static ImportedService importFrom(
            List<JsonNode> docs, Problems problems, List<String> warnings) {
        Manifests m = Manifests.sort(docs, problems, warnings);
        ImportedValues values = new ImportedValues();
        m.deployment()
                .ifPresent(
                        d ->
                                new DeploymentReader(warnings, values)
                                        .read(Fields.of(d, "Deployment", problems)));
        Optional<HpaSpec> hpa =
                m.hpa()
                        .flatMap(
                                h ->
                                        HpaReader.read(
                                                Fields.of(h, "HorizontalPodAutoscaler", problems),
                                                values.name,
                                                warnings));
        hpa.ifPresent(h -> requireCpuRequests(h, values, problems));
        return assemble(values, hpa, warnings);
    }

    private static void requireCpuRequests(HpaSpec hpa, ImportedValues values, Problems problems) {
        boolean cpuUtilization =
                hpa.metrics().stream()
                        .anyMatch(
                                x ->
                                        x.source() == MetricSpec.MetricSource.RESOURCE
                                                && x.name().equals("cpu")
                                                && x.targetType()
                                                        == MetricSpec.TargetType.UTILIZATION);
        if (!cpuUtilization) {
            return;
        }
        for (String container : values.containersWithoutCpu()) {
            problems.add(
                    container + ".resources.requests.cpu",
                    "required because the HPA scales on cpu Utilization, missing");
        }
    }

    private static ImportedService assemble(
            ImportedValues values, Optional<HpaSpec> hpa, List<String> warnings) {
        Set<String> defined =
                new LinkedHashSet<>(
                        List.of(
                                "name",
                                "initialReplicas",
                                "minReplicas",
                                "maxReplicas",
                                "readiness",
                                "rollingUpdate"));
        ServiceModel.Builder b =
                ServiceModel.builder(values.name.orElse("unnamed"))
                        .readiness(values.readiness())
                        .rollingUpdate(values.rollingUpdate);
        values.cpuRequest()
                .ifPresentOrElse(
                        cpu -> {
                            b.cpuRequest(cpu);
                            defined.add("cpuRequest");
                        },
                        () ->
                                warnings.add(
                                        "Deployment: no container requests cpu; the CPU request"
                                                + " stays at the builder's default"));
        int replicas = values.replicas.orElse(1);
        if (hpa.isPresent()) {
            b.autoscaler(hpa.get()).initialReplicas(clamp(replicas, hpa.get(), values, warnings));
            defined.add("autoscaler");
        } else {
            b.minReplicas(replicas).maxReplicas(replicas).initialReplicas(replicas);
        }
        return new ImportedService(b, warnings, defined);
    }

    private static int clamp(
            int replicas, HpaSpec hpa, ImportedValues values, List<String> warnings) {
        int clamped = Math.max(hpa.minReplicas(), Math.min(hpa.maxReplicas(), replicas));
        if (clamped != replicas && values.replicas.isPresent()) {
            warnings.add(
                    "Deployment.spec.replicas: "
                            + replicas
                            + " is outside the HPA's bounds;"
                            + " the run starts at "
                            + clamped
                            + " as the HPA's first sync would set it");
        }
        return clamped;
    }

    /** The Deployment and HPA found among the documents. */
    private record Manifests(Optional<JsonNode> deployment, Optional<JsonNode> hpa) {

        static Manifests sort(List<JsonNode> docs, Problems problems, List<String> warnings) {
            List<JsonNode> deployments = new ArrayList<>();
            List<JsonNode> hpas = new ArrayList<>();
            boolean sawDeployment = false;
            for (JsonNode doc : docs) {
                String kind = doc.path("kind").asText("");
                String api = doc.path("apiVersion").asText("");
                if (kind.equals("Deployment")) {
                    sawDeployment = true;
                    if (check(api, "apps/v1", kind, problems)) {
                        deployments.add(doc);
                    }
                } else if (kind.equals("HorizontalPodAutoscaler")) {
                    if (check(api, "autoscaling/v2", kind, problems)) {
                        hpas.add(doc);
                    }
                } else {
                    warnings.add(
                            "skipped "
                                    + (kind.isEmpty()
                                                    ? "a document without kind"
                                                    : kind
                                                            + " "
                                                            + doc.path("metadata")
                                                                    .path("name")
                                                                    .asText(""))
                                            .trim()
                                    + ": only Deployment and HorizontalPodAutoscaler are imported");
                }
            }
            atMostOne(deployments, "Deployment", problems);
            atMostOne(hpas, "HorizontalPodAutoscaler", problems);
            if (!sawDeployment) {
                problems.add("", "expected one Deployment (apps/v1), found none");
            }
            return new Manifests(first(deployments), first(hpas));
        }

        private static boolean check(String api, String expected, String kind, Problems problems) {
            if (!api.equals(expected)) {
                problems.add(
                        kind + ".apiVersion",
                        "expected "
                                + expected
                                + " (convert older"
                                + " versions first), was "
                                + Values.quoted(api));
            }
            return api.equals(expected);
        }

        private static void atMostOne(List<JsonNode> docs, String kind, Problems problems) {
            if (docs.size() > 1) {
                problems.add("", "expected at most one " + kind + ", found " + docs.size());
            }
        }

        private static Optional<JsonNode> first(List<JsonNode> docs) {
            return docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0));
        }
    }
}
