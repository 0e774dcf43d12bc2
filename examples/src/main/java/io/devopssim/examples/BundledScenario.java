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
import java.util.List;

/**
 * The scenario that runs when no scenario is given: the NASA trace of July 1995 against a
 * Deployment and its HorizontalPodAutoscaler.
 *
 * <p>Its files are copied out of the jar into a folder the user can read and edit, then read from
 * there like any other scenario.
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
        try {
            Files.createDirectories(folder);
            for (String file : FILES) {
                copy(file, folder.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ScenarioReader.readChecked(folder.resolve("scenario.yaml"));
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

    private static void copy(String name, Path target) throws IOException {
        try (InputStream in = BundledScenario.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled scenario file missing: " + ROOT + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
