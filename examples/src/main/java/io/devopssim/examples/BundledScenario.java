package io.devopssim.examples;

import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scenario that runs when no scenario is given: the NASA trace of July 1995 against a
 * Deployment and its HorizontalPodAutoscaler.
 *
 * <p>Its files are copied out of the jar into a folder the user can read and edit, then read from
 * there like any other scenario. A file there that differs from the bundled one (a user's edit) is
 * kept as {@code <name>.bak}, with a warning, before the bundled one replaces it.
 */
final class BundledScenario {

    private static final String ROOT = "/io/devopssim/examples/nasa/";
    private static final List<String> FILES =
            List.of(
                    "scenario.yaml",
                    "deployment.yaml",
                    "hpa.yaml",
                    "nasa_http_1995_requests_per_minute.csv",
                    "README.md");

    private BundledScenario() {}

    /** Copies the NASA scenario into {@code folder} and returns it, read. */
    static Scenario nasa(Path folder) {
        List<String> kept = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String file : FILES) {
                copy(file, folder.resolve(file)).ifPresent(kept::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scenario read = ScenarioReader.readChecked(folder.resolve("scenario.yaml"));
        if (kept.isEmpty()) {
            return read;
        }
        List<String> warnings = new ArrayList<>(kept);
        warnings.addAll(read.warnings());
        return new Scenario(
                read.model(),
                read.baseDirectory(),
                warnings,
                read.database(),
                read.drill(),
                read.cache());
    }

    /**
     * Returns the bundled scenario in its primary region only: without placements, traffic,
     * failures, database or drill, as the comparison commands run it.
     */
    static Scenario nasaSingleRegion(Path folder) {
        Scenario scenario = nasa(folder);
        ClusterModel m = scenario.model();
        List<ServiceModel> services =
                m.services().stream()
                        .map(s -> s.toBuilder().placements(List.of()).build())
                        .toList();
        ClusterModel single =
                new ClusterModel(m.name(), m.provider(), m.region(), services, m.slo(), m.run());
        return new Scenario(single, scenario.baseDirectory(), scenario.warnings());
    }

    /** Copies one file; returns a warning if an edited copy was kept as a backup first. */
    private static Optional<String> copy(String name, Path target) throws IOException {
        byte[] bundled;
        try (InputStream in = BundledScenario.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled scenario file missing: " + ROOT + name);
            }
            bundled = in.readAllBytes();
        }
        Optional<String> kept = Optional.empty();
        if (Files.isRegularFile(target) && !Arrays.equals(Files.readAllBytes(target), bundled)) {
            Path backup = target.resolveSibling(name + ".bak");
            Files.move(target, backup, StandardCopyOption.REPLACE_EXISTING);
            kept =
                    Optional.of(
                            target
                                    + " differed from the bundled scenario (edited?); kept as "
                                    + backup
                                    + " and ran the bundled one; run an edited scenario with"
                                    + " ./devopssim simulate FILE");
        }
        Files.write(target, bundled);
        return kept;
    }
}
