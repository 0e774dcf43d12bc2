package io.devopssim.benchmarks;

import io.devopssim.ml.ModelRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the models the benchmarks run: the shipped ones, or those in the folder named by the system
 * property {@value #DIRECTORY_PROPERTY}.
 *
 * <p>The folder holds {@code <name>/model.onnx} and {@code model.json}, as {@link
 * ModelRegistry#directory} reads them; a model found there wins over a shipped one of the same
 * name, so a candidate model can be measured before it is shipped.
 */
final class BenchModels {

    /** The system property naming an extra folder of models. */
    static final String DIRECTORY_PROPERTY = "devopssim.bench.models";

    private static final String BUNDLED_ROOT = "io/devopssim/ml/models/";

    private BenchModels() {}

    /** Returns the registry that holds {@code name}. */
    static ModelRegistry registryFor(String name) {
        return directory()
                .filter(dir -> Files.isRegularFile(dir.resolve(name).resolve(ModelRegistry.MODEL)))
                .map(ModelRegistry::directory)
                .orElseGet(ModelRegistry::bundled);
    }

    /**
     * Returns the bytes of the {@code model.onnx} of {@code name}, from where the registry reads.
     */
    static byte[] onnxBytes(String name) {
        Optional<Path> file =
                directory()
                        .map(dir -> dir.resolve(name).resolve(ModelRegistry.MODEL))
                        .filter(Files::isRegularFile);
        try {
            if (file.isPresent()) {
                return Files.readAllBytes(file.get());
            }
            String resource = BUNDLED_ROOT + name + "/" + ModelRegistry.MODEL;
            try (InputStream in =
                    BenchModels.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException(
                            "model " + name + " is neither shipped nor in -D" + DIRECTORY_PROPERTY);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name, e);
        }
    }

    private static Optional<Path> directory() {
        return Optional.ofNullable(System.getProperty(DIRECTORY_PROPERTY)).map(Path::of);
    }
}
