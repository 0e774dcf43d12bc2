package io.devopssim.core.scenario;

import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.drill.DatabaseSection;
import io.devopssim.core.drill.DrillSpec;
import io.devopssim.core.model.ClusterModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario read from a file: the model, where relative paths in it start, and notes.
 *
 * @param model the validated model
 * @param baseDirectory the scenario file's directory; trace files with relative paths are resolved
 *     against it
 * @param warnings parts of imported Kubernetes manifests that are approximated or not simulated
 * @param database the scenario's PostgreSQL cluster, if it has a {@code database} section
 * @param drill the scenario's failure drill, if it has a {@code drill} section
 * @param cache the scenario's Redis cache, if it has a {@code cache} section
 */
public record Scenario(
        ClusterModel model,
        Path baseDirectory,
        List<String> warnings,
        Optional<DatabaseSection> database,
        Optional<DrillSpec> drill,
        Optional<CacheSection> cache) {

    /** Creates a scenario, copying the warnings. */
    public Scenario {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(drill, "drill");
        Objects.requireNonNull(cache, "cache");
    }

    /**
     * Creates a scenario without a cache.
     *
     * @param model the validated model
     * @param baseDirectory where relative paths start
     * @param warnings notes on imported manifests
     * @param database the scenario's PostgreSQL cluster, if any
     * @param drill the scenario's failure drill, if any
     */
    public Scenario(
            ClusterModel model,
            Path baseDirectory,
            List<String> warnings,
            Optional<DatabaseSection> database,
            Optional<DrillSpec> drill) {
        this(model, baseDirectory, warnings, database, drill, Optional.empty());
    }

    /**
     * Creates a scenario without a database, a drill or a cache.
     *
     * @param model the validated model
     * @param baseDirectory where relative paths start
     * @param warnings notes on imported manifests
     */
    public Scenario(ClusterModel model, Path baseDirectory, List<String> warnings) {
        this(model, baseDirectory, warnings, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns the same scenario with another model.
     *
     * @param newModel the model
     * @return the scenario
     */
    public Scenario withModel(ClusterModel newModel) {
        return new Scenario(newModel, baseDirectory, warnings, database, drill, cache);
    }
}
