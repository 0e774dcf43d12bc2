package io.devopssim.ml;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds models by name and opens them, checked against their metadata.
 *
 * <p>Each model is a folder named after it holding {@code model.onnx} and {@code model.json} (see
 * {@link ModelMetadata}). {@link #bundled()} reads the models shipped in the {@code ml} jar under
 * {@code io/devopssim/ml/models/}, listed by {@code index.txt} there; {@link #directory(Path)}
 * reads the sub-folders of a folder. A registry is immutable and thread-safe; it holds no open
 * model.
 */
public final class ModelRegistry {

    /** The file name of a model's ONNX graph. */
    public static final String MODEL = "model.onnx";

    /** The file name of a model's metadata. */
    public static final String METADATA = "model.json";

    private static final String BUNDLED_ROOT = "io/devopssim/ml/models";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final ModelSource source;

    private ModelRegistry(ModelSource source) {
        this.source = source;
    }

    /** Returns the registry of the models shipped in the {@code ml} jar. */
    public static ModelRegistry bundled() {
        return resources(ModelRegistry.class.getClassLoader(), BUNDLED_ROOT);
    }

    /**
     * Returns a registry of the models in {@code dir}: {@code <dir>/<name>/model.onnx} and {@code
     * model.json}.
     *
     * @param dir an existing folder
     * @throws ModelLoadException if {@code dir} is not a folder
     */
    public static ModelRegistry directory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new ModelLoadException(
                    dir.toString(), "not a folder; expected a folder of model folders", null);
        }
        return new ModelRegistry(new DirectoryModels(dir));
    }

    /** Returns a registry of class path models under {@code root}, listed by its index. */
    static ModelRegistry resources(ClassLoader loader, String root) {
        return new ModelRegistry(new ResourceModels(loader, root));
    }

    /**
     * Returns the names of the models, in the order of the index or sorted for a folder.
     *
     * @throws ModelLoadException if the index is missing or malformed
     */
    public List<String> names() {
        return source.names();
    }

    /**
     * Reads and checks the metadata of model {@code name}.
     *
     * @param name a model's name
     * @return its metadata
     * @throws ModelLoadException if there is no such model or its metadata is invalid
     */
    public ModelMetadata metadata(String name) {
        checkName(name);
        String where = source.where(name, METADATA);
        byte[] json = source.read(name, METADATA).orElseThrow(() -> missing(name, METADATA));
        ModelMetadata metadata = ModelMetadata.read(new ByteArrayInputStream(json), where);
        if (!metadata.name().equals(name)) {
            throw new ModelLoadException(
                    where,
                    "name is \""
                            + metadata.name()
                            + "\"; expected \""
                            + name
                            + "\", the name of the model's folder",
                    null);
        }
        return metadata;
    }

    /**
     * Opens model {@code name} with one intra-op thread.
     *
     * @param name a model's name
     * @return the open model; close it when done
     * @throws ModelLoadException if the model is missing, corrupt or differs from its metadata
     */
    public OnnxModel open(String name) {
        return open(name, 1);
    }

    /**
     * Opens model {@code name}.
     *
     * @param name a model's name
     * @param intraOpThreads threads ONNX Runtime may use inside one call, at least 1
     * @return the open model; close it when done
     * @throws ModelLoadException if the model is missing, corrupt or differs from its metadata
     */
    public OnnxModel open(String name, int intraOpThreads) {
        ModelMetadata metadata = metadata(name);
        byte[] onnx = source.read(name, MODEL).orElseThrow(() -> missing(name, MODEL));
        return OnnxModel.open(onnx, metadata, intraOpThreads, source.where(name, MODEL));
    }

    /**
     * Opens model {@code name}, runs its reference inputs and closes it again.
     *
     * @param name a model's name
     * @return how far its outputs are from the reference outputs
     * @throws ModelLoadException if the model cannot be opened
     */
    public ReferenceCheck verify(String name) {
        try (OnnxModel model = open(name)) {
            return model.verifyReference();
        }
    }

    @Override
    public String toString() {
        return "ModelRegistry[" + source + "]";
    }

    /** Returns why {@code name} is not a valid model name, or {@code null} if it is. */
    static String nameProblem(String name) {
        return NAME.matcher(name).matches()
                ? null
                : "\""
                        + name
                        + "\" is not a model name; expected lower-case letters, digits,"
                        + " '.', '_' or '-', starting with a letter or digit";
    }

    private void checkName(String name) {
        Objects.requireNonNull(name, "name");
        String problem = nameProblem(name);
        if (problem != null) {
            throw new ModelLoadException(source.toString(), problem, null);
        }
    }

    private ModelLoadException missing(String name, String file) {
        return new ModelLoadException(
                source.where(name, file),
                "not found; expected the " + file + " of model \"" + name + "\" in " + source,
                null);
    }
}
