package io.devopssim.core.k8s;

import io.devopssim.core.model.ServiceModel;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of importing Kubernetes manifests: a service builder to complete, and notes.
 *
 * <p>The manifests say nothing about capacity, load or instance type, so the builder still needs
 * {@code instanceType}, {@code capacityRps} and {@code load} before it builds.
 *
 * @param builder a builder holding what the manifests define
 * @param warnings parts of the manifests that would change behaviour but are not simulated, or that
 *     were approximated; each starts with the field's path
 * @param definedFields the {@link ServiceModel} components the manifests set, such as {@code name},
 *     {@code initialReplicas}, {@code cpuRequest}, {@code autoscaler}
 */
public record ImportedService(
        ServiceModel.Builder builder, List<String> warnings, Set<String> definedFields) {

    /** Creates a result, copying the lists. */
    public ImportedService {
        Objects.requireNonNull(builder, "builder");
        warnings = List.copyOf(warnings);
        definedFields = Set.copyOf(definedFields);
    }
}
