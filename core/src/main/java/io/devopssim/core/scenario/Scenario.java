package io.devopssim.core.scenario;

import io.devopssim.core.model.ClusterModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A scenario read from a file: the model, where relative paths in it start, and notes.
 *
 * @param model the validated model
 * @param baseDirectory the scenario file's directory; trace files with relative paths are resolved
 *     against it
 * @param warnings parts of imported Kubernetes manifests that are approximated or not simulated
 */
public record Scenario(ClusterModel model, Path baseDirectory, List<String> warnings) {

    /** Creates a scenario, copying the warnings. */
    public Scenario {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        warnings = List.copyOf(warnings);
    }
}
