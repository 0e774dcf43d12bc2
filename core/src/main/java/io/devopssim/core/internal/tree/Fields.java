package io.devopssim.core.internal.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the keys of one mapping in a YAML or JSON tree, reporting each problem with its path.
 *
 * <p>Every key asked for is remembered as known; {@link #finish()} then reports the keys present
 * but never asked for, suggesting the closest known key. A missing or {@code null} value counts as
 * absent. Not API.
 */
public final class Fields {

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final boolean mapping;

    private Fields(JsonNode node, String path, Problems problems) {
        this.mapping = node.isObject();
        this.node = mapping ? node : JsonNodeFactory.instance.objectNode();
        this.path = path;
        this.problems = problems;
    }

    /**
     * Returns a reader of {@code node}, reporting a problem if it is not a mapping.
     *
     * @param node the node to read
     * @param path the node's path, empty for the root
     * @param problems where problems go
     */
    public static Fields of(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "expected a mapping, was " + Values.describe(node));
        }
        return new Fields(node, path, problems);
    }

    /** Returns the path of this mapping. */
    public String path() {
        return path;
    }

    /** Returns the path of {@code key} inside this mapping. */
    public String pathOf(String key) {
        return Problems.join(path, key);
    }

    /** Returns where problems go. */
    public Problems problems() {
        return problems;
    }

    /** Returns whether {@code key} is present with a non-null value, marking it known. */
    public boolean has(String key) {
        known.add(key);
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** Returns the value of {@code key}, if present and not null. */
    public Optional<JsonNode> node(String key) {
        return has(key) ? Optional.of(node.get(key)) : Optional.empty();
    }

    /** Returns the value of {@code key}, reporting a problem if it is absent. */
    public Optional<JsonNode> required(String key) {
        Optional<JsonNode> value = node(key);
        if (value.isEmpty()) {
            problems.add(pathOf(key), "required key is missing");
        }
        return value;
    }

    /** Returns the string at {@code key}, reporting a problem if it is not a string. */
    public Optional<String> string(String key) {
        return node(key).flatMap(v -> text(key, v));
    }

    /** Returns the string at {@code key}, reporting a problem if it is absent or not a string. */
    public Optional<String> requiredString(String key) {
        return required(key).flatMap(v -> text(key, v));
    }

    /** Returns the number at {@code key}, reporting a problem if it is not a number. */
    public OptionalDouble number(String key) {
        return toDouble(node(key).flatMap(v -> numeric(key, v)));
    }

    /** Returns the number at {@code key}, reporting a problem if absent or not a number. */
    public OptionalDouble requiredNumber(String key) {
        return toDouble(required(key).flatMap(v -> numeric(key, v)));
    }

    /** Returns the whole number at {@code key}, reporting a problem if it is not one. */
    public OptionalInt integer(String key) {
        Optional<JsonNode> value = node(key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.get().canConvertToInt() || !value.get().isIntegralNumber()) {
            boolean whole = value.get().isIntegralNumber();
            problems.add(
                    pathOf(key),
                    (whole
                                    ? "expected a whole number from -2147483648 to 2147483647"
                                            + " (2^31 - 1), was "
                                    : "expected a whole number, was ")
                            + describe(value.get()));
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.get().intValue());
    }

    /** Returns the whole number at {@code key}, reporting a problem if absent or not one. */
    public OptionalInt requiredInteger(String key) {
        if (!has(key)) {
            problems.add(pathOf(key), "required key is missing");
            return OptionalInt.empty();
        }
        return integer(key);
    }

    /** Returns the seconds in the duration at {@code key} ({@code 30s}, {@code 5m}, or 30). */
    public OptionalDouble duration(String key) {
        return node(key)
                .map(v -> parsed(key, v, Units::seconds, Units.DURATION_FORMS))
                .orElse(OptionalDouble.empty());
    }

    /** Returns the value of the quantity at {@code key} ({@code 250m}, {@code 1Gi}, or 0.5). */
    public OptionalDouble quantity(String key) {
        return node(key)
                .map(v -> parsed(key, v, Units::quantity, Units.QUANTITY_FORMS))
                .orElse(OptionalDouble.empty());
    }

    /** Returns a reader of the mapping at {@code key}, reporting a problem if it is not one. */
    public Optional<Fields> object(String key) {
        return node(key).map(v -> Fields.of(v, pathOf(key), problems));
    }

    /** Returns the elements of the list at {@code key}, reporting a problem if it is not one. */
    public List<JsonNode> list(String key) {
        Optional<JsonNode> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            problems.add(pathOf(key), "expected a list, was " + describe(value.get()));
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        value.get().forEach(elements::add);
        return elements;
    }

    /**
     * Returns the value at {@code key} looked up among named choices, case-insensitively.
     *
     * @param key the key
     * @param choices the accepted words and what each means
     * @param <T> the type of the meanings
     * @return the meaning, or empty if absent or not one of the words (a problem is reported)
     */
    public <T> Optional<T> choice(String key, Map<String, T> choices) {
        Optional<String> word = string(key);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, T> e : choices.entrySet()) {
            if (e.getKey().equalsIgnoreCase(word.get())) {
                return Optional.of(e.getValue());
            }
        }
        problems.add(
                pathOf(key),
                "expected one of "
                        + String.join(", ", choices.keySet())
                        + ", was "
                        + Values.quoted(word.get()));
        return Optional.empty();
    }

    /**
     * Returns the one key of this mapping, which must be one of {@code options}.
     *
     * <p>A single unknown key is left for {@link #finish()} to report.
     *
     * <p>Used for unions such as {@code {fixed: 10s}} or {@code {constant: 100}}.
     */
    public Optional<String> single(Set<String> options) {
        known.addAll(options);
        if (!mapping) {
            return Optional.empty();
        }
        List<String> present = new ArrayList<>();
        node.fieldNames().forEachRemaining(present::add);
        if (present.size() == 1 && options.contains(present.get(0))) {
            return Optional.of(present.get(0));
        }
        if (present.size() != 1) {
            problems.add(
                    path,
                    "expected exactly one of "
                            + String.join(", ", options)
                            + ", was "
                            + (present.isEmpty()
                                    ? "an empty mapping"
                                    : String.join(", ", present)));
        }
        return Optional.empty();
    }

    /** Marks keys as known without reading them: fields that cannot affect the result. */
    public void ignore(String... keys) {
        known.addAll(List.of(keys));
    }

    /** Returns the keys present in this mapping, in order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Reports every key present that was never asked for, with the closest known key. */
    public void finish() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add(pathOf(key), unknownMessage(key));
            }
        }
    }

    private String unknownMessage(String key) {
        Optional<String> hint = Suggestions.closest(key, known);
        if (hint.isPresent()) {
            return "unknown key; did you mean " + Values.quoted(hint.get()) + "?";
        }
        return "unknown key; expected one of " + String.join(", ", known);
    }

    private Optional<String> text(String key, JsonNode value) {
        if (value.isTextual()) {
            return Optional.of(value.asText());
        }
        problems.add(pathOf(key), "expected a string, was " + describe(value));
        return Optional.empty();
    }

    private Optional<Double> numeric(String key, JsonNode value) {
        if (value.isNumber()) {
            return Optional.of(value.doubleValue());
        }
        problems.add(pathOf(key), "expected a number, was " + describe(value));
        return Optional.empty();
    }

    private OptionalDouble parsed(
            String key, JsonNode value, Function<String, OptionalDouble> parser, String forms) {
        if (value.isNumber()) {
            return OptionalDouble.of(value.doubleValue());
        }
        OptionalDouble result =
                value.isTextual() ? parser.apply(value.asText()) : OptionalDouble.empty();
        if (result.isEmpty()) {
            problems.add(pathOf(key), "expected " + forms + ", was " + describe(value));
        }
        return result;
    }

    private static OptionalDouble toDouble(Optional<Double> value) {
        return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    private static String describe(JsonNode value) {
        return Values.describe(value);
    }
}
