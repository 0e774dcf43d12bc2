package io.devopssim.ml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.ml.ModelMetadata.TensorSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Reads {@code model.json}, collecting every problem with its JSON path before failing. */
final class MetadataReader {

    private static final JsonMapper MAPPER =
            JsonMapper.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private static final Set<String> KEYS =
            Set.of(
                    "name",
                    "version",
                    "description",
                    "trainedOn",
                    "input",
                    "output",
                    "features",
                    "window",
                    "normalisation",
                    "reference",
                    "training");
    private static final Set<String> TENSOR_KEYS = Set.of("name", "shape");
    private static final Set<String> REFERENCE_KEYS = Set.of("inputs", "outputs");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    MetadataReader(String source) {
        this.source = source;
    }

    ModelMetadata read(InputStream json) {
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw new ModelLoadException(
                    source, "found " + describe(root) + "; expected a JSON object", null);
        }
        unknownKeys(root, "", KEYS);
        String name = text(root, "name");
        String version = text(root, "version");
        String description = text(root, "description");
        String trainedOn = text(root, "trainedOn");
        TensorSpec input = tensor(root, "input");
        TensorSpec output = tensor(root, "output");
        List<String> features = features(root);
        OptionalInt window = window(root);
        JsonNode normalisation = optionalObject(root, "normalisation");
        optionalObject(root, "training");
        List<List<float[]>> reference = reference(root);

        if (problems.isEmpty()) {
            problems.addAll(
                    MetadataConsistency.problems(
                            input, output, features, reference.get(0), reference.get(1)));
        }
        if (!problems.isEmpty()) {
            throw new ModelLoadException(source, problems);
        }
        return new ModelMetadata(
                name,
                version,
                description,
                trainedOn,
                input,
                output,
                features,
                window,
                normalisation,
                reference.get(0),
                reference.get(1));
    }

    private JsonNode parse(InputStream json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new ModelLoadException(source, "empty file; expected a JSON object", null);
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where =
                    at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ModelLoadException(
                    source, "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelLoadException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    private void unknownKeys(JsonNode object, String prefix, Set<String> known) {
        object.fieldNames()
                .forEachRemaining(
                        key -> {
                            if (!known.contains(key)) {
                                problems.add(
                                        new Problem(
                                                prefix + key,
                                                "unknown key; expected one of "
                                                        + known.stream().sorted().toList()));
                            }
                        });
    }

    private String text(JsonNode parent, String key) {
        return text(parent, key, key);
    }

    private String text(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            problems.add(new Problem(path, "missing; expected a non-empty string"));
            return "";
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(new Problem(path, describe(node) + "; expected a non-empty string"));
            return "";
        }
        return node.asText();
    }

    private TensorSpec tensor(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || !node.isObject()) {
            problems.add(
                    new Problem(
                            key,
                            (node == null ? "missing" : describe(node))
                                    + "; expected an object with \"name\" and \"shape\""));
            return null;
        }
        unknownKeys(node, key + ".", TENSOR_KEYS);
        int before = problems.size();
        String name = text(node, "name", key + ".name");
        long[] shape = shape(node.get("shape"), key + ".shape");
        if (problems.size() > before) {
            return null;
        }
        return new TensorSpec(name, shape);
    }

    private long[] shape(JsonNode node, String path) {
        String expected = "; expected an array of positive integers, -1 allowed first (batch)";
        if (node == null || !node.isArray()) {
            problems.add(new Problem(path, (node == null ? "missing" : describe(node)) + expected));
            return new long[0];
        }
        long[] shape = new long[node.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode dim = node.get(i);
            if (!dim.isIntegralNumber() || !dim.canConvertToLong()) {
                problems.add(new Problem(path + "[" + i + "]", describe(dim) + expected));
                return shape;
            }
            shape[i] = dim.asLong();
        }
        String problem = TensorSpec.shapeProblem(shape);
        if (problem != null) {
            problems.add(new Problem(path, problem));
        }
        return shape;
    }

    private List<String> features(JsonNode root) {
        JsonNode node = root.get("features");
        String expected = "; expected an array of feature names in input order";
        if (node == null || !node.isArray()) {
            problems.add(
                    new Problem(
                            "features", (node == null ? "missing" : describe(node)) + expected));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode name = node.get(i);
            if (!name.isTextual() || name.asText().isBlank()) {
                problems.add(
                        new Problem(
                                "features[" + i + "]",
                                describe(name) + "; expected a non-empty string"));
            }
            names.add(name.asText());
        }
        return names;
    }

    private OptionalInt window(JsonNode root) {
        JsonNode node = root.get("window");
        if (node == null || node.isNull()) {
            return OptionalInt.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            problems.add(new Problem("window", describe(node) + "; expected a positive integer"));
            return OptionalInt.empty();
        }
        return OptionalInt.of(node.asInt());
    }

    private JsonNode optionalObject(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            problems.add(new Problem(key, describe(node) + "; expected an object"));
        }
        return node;
    }

    private List<List<float[]>> reference(JsonNode root) {
        JsonNode node = root.get("reference");
        if (node == null || !node.isObject()) {
            problems.add(
                    new Problem(
                            "reference",
                            (node == null ? "missing" : describe(node))
                                    + "; expected an object with \"inputs\" and \"outputs\""));
            return List.of(List.of(), List.of());
        }
        unknownKeys(node, "reference.", REFERENCE_KEYS);
        return List.of(
                rows(node.get("inputs"), "reference.inputs"),
                rows(node.get("outputs"), "reference.outputs"));
    }

    private List<float[]> rows(JsonNode node, String path) {
        String expected = "; expected an array of rows, each an array of numbers";
        if (node == null || !node.isArray()) {
            problems.add(new Problem(path, (node == null ? "missing" : describe(node)) + expected));
            return List.of();
        }
        List<float[]> rows = new ArrayList<>();
        for (int r = 0; r < node.size(); r++) {
            rows.add(row(node.get(r), path + "[" + r + "]"));
        }
        return rows;
    }

    private float[] row(JsonNode node, String path) {
        if (!node.isArray()) {
            problems.add(new Problem(path, describe(node) + "; expected an array of numbers"));
            return new float[0];
        }
        float[] row = new float[node.size()];
        for (int i = 0; i < row.length; i++) {
            JsonNode value = node.get(i);
            double v = value.isNumber() ? value.asDouble() : Double.NaN;
            if (!value.isNumber() || !Double.isFinite(v) || Math.abs(v) > Float.MAX_VALUE) {
                problems.add(
                        new Problem(
                                path + "[" + i + "]",
                                describe(value) + "; expected a finite float32 number"));
            }
            row[i] = (float) v;
        }
        return row;
    }

    private static String describe(JsonNode node) {
        String text = node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
        if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            text = String.valueOf(node.asDouble());
        }
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
