package io.devopssim.core.internal.tree;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Formats values for problem messages.
 *
 * <p>Not API.
 */
public final class Values {

    private Values() {}

    /** Returns a number without a trailing {@code .0}: {@code 2}, {@code 0.5}, {@code NaN}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Returns a string in double quotes, for messages. */
    public static String quoted(String text) {
        String shown = text.length() <= 80 ? text : text.substring(0, 80) + "...";
        return "\"" + shown + "\"";
    }

    /** Returns how a tree node reads in a message: a scalar as written, otherwise its kind. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return quoted(node.asText());
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.asText();
    }
}
