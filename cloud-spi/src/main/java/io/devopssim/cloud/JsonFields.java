package io.devopssim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads typed fields from a JSON tree, recording every problem with its JSON path.
 *
 * <p>A missing or malformed field yields a placeholder value and a problem, so one pass finds every
 * problem in a document.
 */
final class JsonFields {

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problem(path + "." + field, "expected a non-empty string, got " + show(node));
            return "";
        }
        return node.asText();
    }

    String id(JsonNode parent, String field, String path, Pattern pattern) {
        String value = text(parent, field, path);
        if (!value.isEmpty() && !pattern.matcher(value).matches()) {
            problem(
                    path + "." + field,
                    "expected an id matching " + pattern + ", got '" + value + "'");
        }
        return value;
    }

    String date(JsonNode parent, String field, String path) {
        String value = text(parent, field, path);
        try {
            if (!value.isEmpty()) {
                LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            problem(path + "." + field, "expected an ISO date yyyy-MM-dd, got '" + value + "'");
        }
        return value;
    }

    double number(JsonNode parent, String field, String path, double min, double max) {
        JsonNode node = parent.get(field);
        String where = path + "." + field;
        if (node == null || !node.isNumber()) {
            problem(where, "expected a number in [" + min + ", " + max + "], got " + show(node));
            return Double.NaN;
        }
        double value = node.asDouble();
        if (!Double.isFinite(value) || value < min || value > max) {
            problem(where, "expected a number in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    double positive(JsonNode parent, String field, String path) {
        double value = number(parent, field, path, 0, Double.MAX_VALUE);
        if (value == 0) {
            problem(path + "." + field, "expected a number > 0, got 0");
        }
        return value;
    }

    OptionalDouble optionalPositive(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(positive(parent, field, path));
    }

    long wholeNumber(JsonNode parent, String field, String path, long min) {
        JsonNode node = parent.get(field);
        if (node == null || !node.canConvertToExactIntegral() || node.asLong() < min) {
            problem(
                    path + "." + field,
                    "expected a whole number >= " + min + ", got " + show(node));
            return min;
        }
        return node.asLong();
    }

    boolean bool(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isBoolean()) {
            problem(path + "." + field, "expected true or false, got " + show(node));
            return true;
        }
        return node.asBoolean();
    }

    JsonNode array(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            problem(path + "." + field, "expected an array, got " + show(node));
            return JsonNodeFactory.instance.arrayNode();
        }
        return node;
    }

    JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            problem(path + "." + field, "expected an object, got " + show(node));
            return JsonNodeFactory.instance.objectNode();
        }
        return node;
    }

    private static String show(JsonNode node) {
        return node == null ? "nothing" : node.toString();
    }
}
