package io.devopssim.core.k8s;

import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RollingUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Collects what a Deployment defines while it is read. */
final class ImportedValues {

    Optional<String> name = Optional.empty();
    OptionalInt replicas = OptionalInt.empty();
    RollingUpdate rollingUpdate = RollingUpdate.kubernetesDefault();
    private double cpu;
    private int containersWithCpu;
    private final List<String> containersWithoutCpu = new ArrayList<>();
    private Distribution.Uniform readiness;

    void addCpu(String containerPath, OptionalDouble request) {
        if (request.isPresent()) {
            cpu += request.getAsDouble();
            containersWithCpu++;
        } else {
            containersWithoutCpu.add(containerPath);
        }
    }

    /** Combines probes: a pod is ready when its slowest container is. */
    void addReadiness(Distribution.Uniform probe) {
        if (readiness == null) {
            readiness = probe;
        } else {
            readiness =
                    new Distribution.Uniform(
                            Math.max(readiness.min(), probe.min()),
                            Math.max(readiness.max(), probe.max()));
        }
    }

    OptionalDouble cpuRequest() {
        return containersWithCpu == 0 ? OptionalDouble.empty() : OptionalDouble.of(cpu);
    }

    List<String> containersWithoutCpu() {
        return containersWithoutCpu;
    }

    Distribution readiness() {
        return readiness == null ? new Distribution.Fixed(0) : readiness;
    }
}
