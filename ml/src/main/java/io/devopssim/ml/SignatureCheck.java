package io.devopssim.ml;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.ml.ModelMetadata.TensorSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Compares a session's real inputs and outputs with what the metadata declares. */
final class SignatureCheck {

    private SignatureCheck() {}

    static List<Problem> problems(OrtSession session, ModelMetadata metadata) {
        List<Problem> problems = new ArrayList<>();
        try {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            if (inputs.size() != 1) {
                problems.add(
                        new Problem(
                                "input",
                                "the model has "
                                        + inputs.size()
                                        + " inputs "
                                        + describe(inputs)
                                        + "; expected exactly one, "
                                        + metadata.input()));
            }
            check("input", metadata.input(), inputs, problems);
            check("output", metadata.output(), session.getOutputInfo(), problems);
        } catch (OrtException e) {
            problems.add(new Problem("", "its signature cannot be read: " + e.getMessage()));
        }
        return problems;
    }

    private static void check(
            String field, TensorSpec spec, Map<String, NodeInfo> actual, List<Problem> problems) {
        NodeInfo node = actual.get(spec.name());
        if (node == null) {
            problems.add(
                    new Problem(
                            field + ".name",
                            "\""
                                    + spec.name()
                                    + "\" is not a"
                                    + ("input".equals(field) ? "n " : " ")
                                    + field
                                    + " of the model; it has "
                                    + describe(actual)));
            return;
        }
        if (!(node.getInfo() instanceof TensorInfo info)) {
            problems.add(
                    new Problem(
                            field + ".name",
                            "\""
                                    + spec.name()
                                    + "\" is "
                                    + node.getInfo()
                                    + " in the model; expected a float32 tensor"));
            return;
        }
        if (info.type != OnnxJavaType.FLOAT) {
            problems.add(
                    new Problem(
                            field,
                            "\""
                                    + spec.name()
                                    + "\" holds "
                                    + info.type
                                    + " in the model; expected FLOAT (float32)"));
        }
        String shapeProblem = shapeProblem(spec.shape(), info);
        if (shapeProblem != null) {
            problems.add(new Problem(field + ".shape", shapeProblem));
        }
    }

    private static String shapeProblem(long[] declared, TensorInfo info) {
        long[] real = info.getShape();
        String context =
                "the metadata declares "
                        + Arrays.toString(declared)
                        + " but the model has "
                        + shapeText(info);
        if (real.length != declared.length) {
            return context + "; expected the same number of dimensions";
        }
        for (int i = 0; i < real.length; i++) {
            boolean batch = i == 0 && declared[0] == -1;
            if (batch && real[0] != -1) {
                return context + "; expected a symbolic (any-size) batch axis in the model";
            }
            if (!batch && real[i] == -1) {
                return context
                        + "; dimension "
                        + i
                        + " is symbolic in the model, expected a"
                        + " fixed size (only the batch axis may be symbolic)";
            }
            if (!batch && real[i] != declared[i]) {
                return context + "; they differ at dimension " + i;
            }
        }
        return null;
    }

    private static String shapeText(TensorInfo info) {
        long[] shape = info.getShape();
        String[] names = info.getDimensionNames();
        List<String> dims = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) {
            boolean named = shape[i] == -1 && i < names.length && !names[i].isEmpty();
            dims.add(named ? names[i] : String.valueOf(shape[i]));
        }
        return "[" + String.join(", ", dims) + "]";
    }

    private static String describe(Map<String, NodeInfo> nodes) {
        return nodes.values().stream()
                .map(
                        n ->
                                n.getInfo() instanceof TensorInfo t
                                        ? n.getName() + shapeText(t) + " " + t.type
                                        : n.getName())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
