package io.devopssim.core.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.internal.tree.Fields;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RollingUpdate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Reads the parts of an {@code apps/v1} Deployment that shape the simulation. */
final class DeploymentReader {

    /** Standard object metadata: identifies objects, never changes behaviour. */
    static final String[] METADATA = {
        "namespace",
        "labels",
        "annotations",
        "uid",
        "resourceVersion",
        "generation",
        "creationTimestamp",
        "deletionTimestamp",
        "deletionGracePeriodSeconds",
        "managedFields",
        "ownerReferences",
        "finalizers",
        "generateName",
        "selfLink"
    };

    private static final String[] POD_IGNORED = {
        "volumes",
        "nodeSelector",
        "affinity",
        "tolerations",
        "serviceAccountName",
        "serviceAccount",
        "automountServiceAccountToken",
        "securityContext",
        "imagePullSecrets",
        "restartPolicy",
        "terminationGracePeriodSeconds",
        "dnsPolicy",
        "dnsConfig",
        "hostname",
        "subdomain",
        "schedulerName",
        "priorityClassName",
        "priority",
        "preemptionPolicy",
        "topologySpreadConstraints",
        "enableServiceLinks",
        "hostNetwork",
        "hostPID",
        "hostIPC",
        "shareProcessNamespace",
        "hostAliases",
        "runtimeClassName",
        "overhead",
        "os",
        "setHostnameAsFQDN",
        "nodeName",
        "activeDeadlineSeconds",
        "hostUsers",
        "resourceClaims",
        "schedulingGates",
        "ephemeralContainers",
        "readinessGates"
    };

    private static final String[] CONTAINER_IGNORED = {
        "name",
        "image",
        "imagePullPolicy",
        "command",
        "args",
        "workingDir",
        "ports",
        "env",
        "envFrom",
        "volumeMounts",
        "volumeDevices",
        "securityContext",
        "stdin",
        "stdinOnce",
        "tty",
        "terminationMessagePath",
        "terminationMessagePolicy",
        "lifecycle",
        "livenessProbe",
        "resizePolicy",
        "restartPolicy"
    };

    private static final String[] PROBE_IGNORED = {
        "httpGet",
        "tcpSocket",
        "exec",
        "grpc",
        "timeoutSeconds",
        "failureThreshold",
        "terminationGracePeriodSeconds"
    };

    private final List<String> warnings;
    private final ImportedValues out;

    DeploymentReader(List<String> warnings, ImportedValues out) {
        this.warnings = warnings;
        this.out = out;
    }

    void read(Fields doc) {
        doc.ignore("apiVersion", "kind", "status");
        doc.object("metadata").ifPresent(this::metadata);
        doc.required("metadata");
        doc.object("spec").ifPresent(this::spec);
        doc.required("spec");
        doc.finish();
    }

    private void metadata(Fields metadata) {
        out.name = metadata.requiredString("name");
        metadata.ignore(METADATA);
        metadata.finish();
    }

    private void spec(Fields spec) {
        spec.integer("replicas").ifPresent(r -> out.replicas = OptionalInt.of(r));
        spec.ignore("selector", "revisionHistoryLimit", "progressDeadlineSeconds");
        int minReady = spec.integer("minReadySeconds").orElse(0);
        if (minReady > 0) {
            warn(
                    spec.pathOf("minReadySeconds"),
                    "is not modelled; pods count as available as" + " soon as they are ready");
        }
        if (spec.node("paused").map(JsonNode::asBoolean).orElse(false)) {
            warn(spec.pathOf("paused"), "is not modelled; rollouts proceed");
        }
        spec.object("strategy").ifPresent(this::strategy);
        spec.object("template").ifPresent(this::template);
        spec.required("template");
        spec.finish();
    }

    private void strategy(Fields strategy) {
        String type =
                strategy.choice(
                                "type",
                                new TreeMap<>(
                                        Map.of(
                                                "RollingUpdate",
                                                "RollingUpdate",
                                                "Recreate",
                                                "Recreate")))
                        .orElse("RollingUpdate");
        if (type.equals("Recreate")) {
            warn(
                    strategy.pathOf("type"),
                    "Recreate is approximated as a rolling update with"
                            + " maxSurge 0 and maxUnavailable 100%");
            out.rollingUpdate = new RollingUpdate("0", "100%");
        }
        strategy.object("rollingUpdate").ifPresent(r -> rollingUpdate(r, type));
        strategy.finish();
    }

    private void rollingUpdate(Fields r, String type) {
        String surge = countOrPercent(r, "maxSurge").orElse("25%");
        String unavailable = countOrPercent(r, "maxUnavailable").orElse("25%");
        r.finish();
        if (type.equals("Recreate")) {
            r.problems().add(r.path(), "must not be set when strategy.type is Recreate");
        } else {
            out.rollingUpdate = new RollingUpdate(surge, unavailable);
        }
    }

    private static Optional<String> countOrPercent(Fields r, String key) {
        Optional<JsonNode> node = r.node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = node.get();
        if (v.isIntegralNumber() || (v.isTextual() && v.asText().matches("[0-9]{1,9}%"))) {
            return Optional.of(v.asText());
        }
        r.problems()
                .add(
                        r.pathOf(key),
                        "expected a count (1) or a percentage (25%), was " + Values.describe(v));
        return Optional.empty();
    }

    private void template(Fields template) {
        template.ignore("metadata");
        template.object("spec").ifPresent(this::podSpec);
        template.required("spec");
        template.finish();
    }

    private void podSpec(Fields pod) {
        pod.ignore(POD_IGNORED);
        if (pod.has("initContainers")) {
            warn(pod.pathOf("initContainers"), "are not run; include their time in startup");
        }
        pod.ignore("initContainers");
        if (pod.has("resources")) {
            warn(pod.pathOf("resources"), "pod-level resources are not modelled");
        }
        pod.ignore("resources");
        List<JsonNode> containers = pod.list("containers");
        pod.required("containers");
        ContainerReader reader = new ContainerReader(warnings, out);
        for (int i = 0; i < containers.size(); i++) {
            String path = pod.pathOf("containers") + "[" + i + "]";
            reader.read(Fields.of(containers.get(i), path, pod.problems()));
        }
        pod.finish();
    }

    private void warn(String path, String message) {
        warnings.add(path + ": " + message);
    }

    /** Reads one container's CPU request and readiness probe. */
    static final class ContainerReader {
        private final List<String> warnings;
        private final ImportedValues out;

        ContainerReader(List<String> warnings, ImportedValues out) {
            this.warnings = warnings;
            this.out = out;
        }

        void read(Fields container) {
            container.ignore(CONTAINER_IGNORED);
            if (container.has("startupProbe")) {
                warnings.add(
                        container.pathOf("startupProbe")
                                + ": is not modelled; include its"
                                + " time in startup");
            }
            container.ignore("startupProbe");
            OptionalDouble cpu =
                    container
                            .object("resources")
                            .map(this::resources)
                            .orElse(OptionalDouble.empty());
            out.addCpu(container.path(), cpu);
            container.object("readinessProbe").ifPresent(this::probe);
            container.finish();
        }

        private OptionalDouble resources(Fields resources) {
            OptionalDouble request =
                    resources
                            .object("requests")
                            .map(ContainerReader::cpu)
                            .orElse(OptionalDouble.empty());
            OptionalDouble limit =
                    resources
                            .object("limits")
                            .map(ContainerReader::cpu)
                            .orElse(OptionalDouble.empty());
            resources.ignore("claims");
            resources.finish();
            if (limit.isPresent()) {
                warnings.add(
                        resources.pathOf("limits.cpu")
                                + ": CPU throttling at the limit is"
                                + " not modelled");
            }
            // Kubernetes defaults a missing request to the limit.
            return request.isPresent() ? request : limit;
        }

        private static OptionalDouble cpu(Fields quantities) {
            OptionalDouble cpu = quantities.quantity("cpu");
            quantities.ignore("memory", "ephemeral-storage");
            for (String key : quantities.keys()) {
                if (key.contains("/")) {
                    quantities.ignore(key);
                }
            }
            quantities.finish();
            return cpu;
        }

        private void probe(Fields probe) {
            probe.ignore(PROBE_IGNORED);
            int delay = probe.integer("initialDelaySeconds").orElse(0);
            int period = probe.integer("periodSeconds").orElse(10);
            int successes = probe.integer("successThreshold").orElse(1);
            probe.finish();
            if (delay < 0 || period < 1 || successes < 1) {
                probe.problems()
                        .add(
                                probe.path(),
                                "needs initialDelaySeconds >= 0, periodSeconds"
                                        + " >= 1 and successThreshold >= 1, was "
                                        + delay
                                        + ", "
                                        + period
                                        + ", "
                                        + successes);
                return;
            }
            double low = delay + (successes - 1.0) * period;
            out.addReadiness(new Distribution.Uniform(low, low + period));
        }
    }
}
