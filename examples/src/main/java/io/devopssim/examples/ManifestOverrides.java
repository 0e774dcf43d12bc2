package io.devopssim.examples;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.k8s.ImportedService;
import io.devopssim.core.k8s.KubernetesManifests;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.load.TraceOptions;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Replaces a scenario's service with one read from Kubernetes manifests, or its load with a trace.
 *
 * <p>What manifests do not say (instance type, capacity per replica, CPU use, start-up time) is
 * taken from the scenario's first service, so a Deployment and HPA can be tried with the bundled
 * scenario's assumptions.
 */
record ManifestOverrides(Path deployment, Path hpa, Path trace, ZoneId zone, double scale) {

    boolean any() {
        return deployment != null || hpa != null || trace != null;
    }

    ClusterModel apply(ClusterModel model) {
        if (hpa != null && deployment == null) {
            throw new InvalidInputException(
                    "--hpa", List.of(new Problem("--hpa", "needs --deployment as well")));
        }
        ServiceModel template = model.services().get(0);
        LoadSpec load = trace == null ? template.load() : traceLoad();
        ServiceModel service =
                deployment == null
                        ? template.toBuilder().load(load).build()
                        : fromManifests(template, load);
        RunSettings run = model.run();
        if (trace != null) {
            run = new RunSettings(run.seed(), OptionalDouble.empty(), run.stepSeconds());
        }
        String name = deployment == null ? model.name() : service.name();
        return new ClusterModel(
                name, model.provider(), model.region(), List.of(service), model.slo(), run);
    }

    private LoadSpec traceLoad() {
        TraceOptions options = TraceOptions.perMinuteCounts().withZone(zone).withScale(scale);
        return new LoadSpec.Trace(trace.toAbsolutePath().toString(), options);
    }

    private ServiceModel fromManifests(ServiceModel template, LoadSpec load) {
        List<Path> files = new ArrayList<>(List.of(deployment));
        if (hpa != null) {
            files.add(hpa);
        }
        ImportedService imported = KubernetesManifests.read(files);
        imported.warnings().forEach(w -> System.err.println("warning: " + w));
        ServiceModel draft =
                imported.builder()
                        .instanceType(template.instanceType())
                        .capacityRps(template.capacityRps())
                        .concurrency(template.concurrency())
                        .requestTimeoutSeconds(template.requestTimeoutSeconds())
                        .startup(template.startup())
                        .load(load)
                        .build();
        // Keep the template's CPU use in proportion to the request, whatever the manifest asks.
        double perRequest = draft.cpuRequest() / template.cpuRequest();
        return draft.toBuilder()
                .cpuIdle(template.cpuIdle() * perRequest)
                .cpuAtCapacity(template.cpuAtCapacity() * perRequest)
                .build();
    }
}
