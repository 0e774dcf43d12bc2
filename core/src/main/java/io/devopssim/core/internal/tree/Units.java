package io.devopssim.core.internal.tree;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations ({@code 500ms}, {@code 7d}) and Kubernetes quantities ({@code 250m}, {@code
 * 500Mi}).
 *
 * <p>Not API.
 */
public final class Units {

    /** What a duration looks like, for messages. */
    public static final String DURATION_FORMS =
            "a duration such as 500ms, 30s, 5m, 2h, 7d or a number of seconds";

    /** What a quantity looks like, for messages. */
    public static final String QUANTITY_FORMS = "a quantity such as 250m, 0.5, 2, 500Mi or 1G";

    private static final Pattern DURATION =
            Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h|d)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Map<String, Double> DURATION_UNITS =
            Map.of("ms", 0.001, "s", 1.0, "m", 60.0, "h", 3600.0, "d", 86400.0);

    private static final Pattern QUANTITY =
            Pattern.compile(
                    "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?");
    private static final Map<String, Double> QUANTITY_SUFFIXES =
            Map.ofEntries(
                    Map.entry("n", 1e-9),
                    Map.entry("u", 1e-6),
                    Map.entry("m", 1e-3),
                    Map.entry("k", 1e3),
                    Map.entry("M", 1e6),
                    Map.entry("G", 1e9),
                    Map.entry("T", 1e12),
                    Map.entry("P", 1e15),
                    Map.entry("E", 1e18),
                    Map.entry("Ki", 0x1p10),
                    Map.entry("Mi", 0x1p20),
                    Map.entry("Gi", 0x1p30),
                    Map.entry("Ti", 0x1p40),
                    Map.entry("Pi", 0x1p50),
                    Map.entry("Ei", 0x1p60));
    private static final Pattern EXPONENT =
            Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+");

    private Units() {}

    /**
     * Returns the seconds in a duration such as {@code 500ms}, {@code 1.5h} or {@code 30}.
     *
     * @param text the duration; a plain number means seconds
     * @return the seconds, or empty if {@code text} is not a duration
     */
    public static OptionalDouble seconds(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            return OptionalDouble.of(
                    Double.parseDouble(m.group(1)) * DURATION_UNITS.get(m.group(2)));
        }
        return plainNumber(t);
    }

    /**
     * Returns the value of a Kubernetes quantity: {@code 250m} is 0.25, {@code 1Ki} is 1024.
     *
     * @param text the quantity, with an optional decimal or binary suffix or an exponent
     * @return the value, or empty if {@code text} is not a quantity
     */
    public static OptionalDouble quantity(String text) {
        String t = text.trim();
        if (EXPONENT.matcher(t).matches()) {
            return OptionalDouble.of(new BigDecimal(t).doubleValue());
        }
        Matcher m = QUANTITY.matcher(t);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double factor = m.group(2) == null ? 1.0 : QUANTITY_SUFFIXES.get(m.group(2));
        return OptionalDouble.of(new BigDecimal(m.group(1)).doubleValue() * factor);
    }

    private static OptionalDouble plainNumber(String t) {
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(t));
    }
}
