package io.devopssim.ml;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.InvalidInputException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Describes one shipped model: its tensors, feature order, provenance and reference outputs.
 *
 * <p>It is read from the {@code model.json} file next to {@code model.onnx} by {@link #read}; the
 * format is described in the README of the {@code ml} module. {@link OnnxModel#open} checks it
 * against the model's real signature. The reference rows let anyone check that a model loaded here
 * still computes what its training script saw ({@link OnnxModel#verifyReference()}).
 *
 * @param name the model's name, as in the registry
 * @param version the model's version, free text such as {@code 1.0.0}
 * @param description what the model computes
 * @param trainedOn what data trained it
 * @param input the one input tensor
 * @param output the one output tensor that is read
 * @param features the feature names, in input order; as many as {@link TensorSpec#rowSize()}
 * @param window how many time steps one input holds, if the model reads a window
 * @param normalisation free-form normalisation settings, read by the model's own code; an empty
 *     object if there are none
 * @param referenceInputs input rows, each of {@code input.rowSize()} values
 * @param referenceOutputs the outputs the training script computed for them, row by row
 */
public record ModelMetadata(
        String name,
        String version,
        String description,
        String trainedOn,
        TensorSpec input,
        TensorSpec output,
        List<String> features,
        OptionalInt window,
        JsonNode normalisation,
        List<float[]> referenceInputs,
        List<float[]> referenceOutputs) {

    /**
     * Creates metadata after checking that its parts agree with each other.
     *
     * @throws IllegalArgumentException listing every inconsistency: feature count, reference row
     *     lengths, non-finite reference values
     */
    public ModelMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(trainedOn, "trainedOn");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(window, "window");
        normalisation = normalisation.deepCopy();
        features = List.copyOf(features);
        referenceInputs = copyRows(referenceInputs);
        referenceOutputs = copyRows(referenceOutputs);
        List<Problem> problems =
                MetadataConsistency.problems(
                        input, output, features, referenceInputs, referenceOutputs);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "inconsistent metadata of model " + name + ": " + problems);
        }
    }

    /**
     * Reads and checks a {@code model.json} file, reporting every problem at once.
     *
     * @param json the file's content; not closed
     * @param source where it came from, for messages: a path or a resource name
     * @return the metadata
     * @throws ModelLoadException if the JSON is malformed, has unknown keys, misses required
     *     fields, has values of the wrong type or is inconsistent
     */
    public static ModelMetadata read(InputStream json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        return new MetadataReader(source).read(json);
    }

    /**
     * Reads and checks a {@code model.json} file on disk, reporting every problem at once.
     *
     * @param json the file
     * @return the metadata
     * @throws ModelLoadException if the file is missing or unreadable, or as {@link
     *     #read(InputStream, String)}
     */
    public static ModelMetadata read(Path json) {
        Objects.requireNonNull(json, "json");
        try (InputStream in = Files.newInputStream(json)) {
            return read(in, json.toString());
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(
                    json.toString(), "no such file; expected model metadata", e);
        } catch (IOException e) {
            throw new ModelLoadException(json.toString(), "cannot be read: " + e, e);
        }
    }

    /** Returns whether the model reads and writes several rows at once (a batch axis). */
    public boolean batched() {
        return input.batched();
    }

    /** Returns the free-form normalisation settings; a fresh copy. */
    @Override
    public JsonNode normalisation() {
        return normalisation.deepCopy();
    }

    /** Returns the reference inputs; each array is a fresh copy. */
    @Override
    public List<float[]> referenceInputs() {
        return copyRows(referenceInputs);
    }

    /** Returns the reference outputs; each array is a fresh copy. */
    @Override
    public List<float[]> referenceOutputs() {
        return copyRows(referenceOutputs);
    }

    /** Returns the reference inputs without copying, for the package's own read-only use. */
    List<float[]> referenceInputsShared() {
        return referenceInputs;
    }

    /** Returns the reference outputs without copying, for the package's own read-only use. */
    List<float[]> referenceOutputsShared() {
        return referenceOutputs;
    }

    @Override
    public String toString() {
        return "ModelMetadata[" + name + " " + version + ", " + input + " -> " + output + "]";
    }

    private static List<float[]> copyRows(List<float[]> rows) {
        return rows.stream().map(float[]::clone).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Names one tensor of a model and its shape.
     *
     * @param name the tensor's name in the ONNX graph
     * @param shape its dimensions; {@code shape[0] == -1} marks the batch axis, every other
     *     dimension is positive
     */
    public record TensorSpec(String name, long[] shape) {

        /**
         * Creates a tensor description.
         *
         * @throws IllegalArgumentException if the shape is empty, or has a dimension that is
         *     neither positive nor {@code -1} at the batch axis
         */
        public TensorSpec {
            Objects.requireNonNull(name, "name");
            shape = shape.clone();
            String problem = shapeProblem(shape);
            if (problem != null) {
                throw new IllegalArgumentException("shape of tensor " + name + ": " + problem);
            }
        }

        /** Returns the dimensions; a fresh copy. */
        @Override
        public long[] shape() {
            return shape.clone();
        }

        /** Returns whether the first dimension is the batch axis ({@code -1}). */
        public boolean batched() {
            return shape[0] == -1;
        }

        /** Returns how many values one row holds: the product of the non-batch dimensions. */
        public int rowSize() {
            long size = 1;
            for (int i = batched() ? 1 : 0; i < shape.length; i++) {
                size *= shape[i];
            }
            return (int) size;
        }

        /** Returns the shape of a tensor of {@code rows} rows (the batch axis set to it). */
        long[] shapeFor(int rows) {
            long[] concrete = shape.clone();
            if (batched()) {
                concrete[0] = rows;
            }
            return concrete;
        }

        static String shapeProblem(long[] shape) {
            if (shape.length == 0) {
                return "[]; expected at least one dimension";
            }
            long size = 1;
            for (int i = 0; i < shape.length; i++) {
                boolean batchAxis = i == 0 && shape[i] == -1;
                if (!batchAxis && shape[i] < 1) {
                    return Arrays.toString(shape)
                            + "; expected positive dimensions, -1 allowed only first (batch)";
                }
                size = batchAxis ? size : size * shape[i];
                if (size > Integer.MAX_VALUE / 4) {
                    return Arrays.toString(shape) + "; expected fewer than 2^29 values per row";
                }
            }
            return null;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TensorSpec that
                    && name.equals(that.name)
                    && Arrays.equals(shape, that.shape);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(shape);
        }

        @Override
        public String toString() {
            return name + Arrays.toString(shape);
        }
    }
}
