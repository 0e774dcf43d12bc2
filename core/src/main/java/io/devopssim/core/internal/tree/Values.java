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

    /** Magnitudes from this one up are shown in scientific notation. */
    static final double HUGE = 1e15;

    /** Magnitudes below this one (other than zero) are shown in scientific notation. */
    static final double TINY = 1e-6;

    /**
     * Returns a number as a message shows it: {@code 2}, {@code 0.5}, {@code NaN}, and {@code
     * 1.0E300} or {@code 1.0E-9} for magnitudes of at least 10^15 or below 10^-6, which written out
     * would run to hundreds of digits.
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= HUGE || (magnitude < TINY && value != 0)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value)) {
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
