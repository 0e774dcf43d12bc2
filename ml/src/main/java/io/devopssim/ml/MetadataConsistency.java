package io.devopssim.ml;

import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.ml.ModelMetadata.TensorSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that the parts of a model's metadata agree: batch axes, features, reference rows. */
final class MetadataConsistency {

    private MetadataConsistency() {}

    static List<Problem> problems(
            TensorSpec input,
            TensorSpec output,
            List<String> features,
            List<float[]> referenceInputs,
            List<float[]> referenceOutputs) {
        List<Problem> problems = new ArrayList<>();
        if (input.batched() != output.batched()) {
            problems.add(
                    new Problem(
                            "output.shape",
                            Arrays.toString(output.shape())
                                    + "; expected a batch axis (-1 first) exactly when the"
                                    + " input has one, input shape "
                                    + Arrays.toString(input.shape())));
        }
        features(input, features, problems);
        reference(referenceInputs, referenceOutputs, problems);
        rows("reference.inputs", referenceInputs, input.rowSize(), problems);
        rows("reference.outputs", referenceOutputs, output.rowSize(), problems);
        return problems;
    }

    private static void features(TensorSpec input, List<String> features, List<Problem> problems) {
        if (features.size() != input.rowSize()) {
            problems.add(
                    new Problem(
                            "features",
                            features.size()
                                    + " names; expected "
                                    + input.rowSize()
                                    + ", the product of the input's non-batch dimensions "
                                    + Arrays.toString(input.shape())));
        }
        Set<String> seen = new HashSet<>();
        for (String feature : features) {
            if (!seen.add(feature)) {
                problems.add(new Problem("features", "\"" + feature + "\" appears twice"));
            }
        }
    }

    private static void reference(
            List<float[]> inputs, List<float[]> outputs, List<Problem> problems) {
        if (inputs.isEmpty()) {
            problems.add(new Problem("reference.inputs", "no rows; expected at least one"));
        }
        if (inputs.size() != outputs.size()) {
            problems.add(
                    new Problem(
                            "reference.outputs",
                            outputs.size()
                                    + " rows; expected as many as reference.inputs, "
                                    + inputs.size()));
        }
    }

    private static void rows(
            String path, List<float[]> rows, int expected, List<Problem> problems) {
        for (int r = 0; r < rows.size(); r++) {
            float[] row = rows.get(r);
            if (row.length != expected) {
                problems.add(
                        new Problem(
                                path + "[" + r + "]",
                                row.length + " values; expected " + expected));
            }
            for (int i = 0; i < row.length; i++) {
                if (!Float.isFinite(row[i])) {
                    problems.add(
                            new Problem(
                                    path + "[" + r + "][" + i + "]",
                                    row[i] + "; expected a finite float"));
                }
            }
        }
    }
}
