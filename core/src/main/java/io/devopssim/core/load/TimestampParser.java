package io.devopssim.core.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Turns the text of a trace's timestamp column into an instant.
 *
 * <p>Either a {@link DateTimeFormatter} pattern read in a given zone (a pattern without a time of
 * day means midnight), or seconds or milliseconds since the epoch, whole or decimal. Simple numeric
 * patterns take a fast path, {@link FixedWidthDateTime}.
 */
final class TimestampParser {

    static final String EPOCH_SECONDS = "epoch-s";
    static final String EPOCH_MILLIS = "epoch-ms";

    private final DateTimeFormatter formatter;
    private final FixedWidthDateTime fixedWidth;
    private final ZoneId zone;
    private final int epochScale;
    private final String expected;

    private TimestampParser(
            DateTimeFormatter formatter,
            FixedWidthDateTime fixedWidth,
            ZoneId zone,
            int epochScale,
            String expected) {
        this.formatter = formatter;
        this.fixedWidth = fixedWidth;
        this.zone = zone;
        this.epochScale = epochScale;
        this.expected = expected;
    }

    /**
     * Returns a parser for {@code format}.
     *
     * @throws IllegalArgumentException if {@code format} is not a valid pattern
     */
    static TimestampParser of(String format, ZoneId zone) {
        if (format.equals(EPOCH_SECONDS)) {
            return new TimestampParser(null, null, zone, 9, "seconds since 1970-01-01T00:00:00Z");
        }
        if (format.equals(EPOCH_MILLIS)) {
            return new TimestampParser(
                    null, null, zone, 6, "milliseconds since 1970-01-01T00:00:00Z");
        }
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format, Locale.ROOT);
        return new TimestampParser(
                formatter.withZone(zone),
                FixedWidthDateTime.compile(format),
                zone,
                0,
                "pattern '" + format + "' in zone " + zone);
    }

    /** Returns what a timestamp should look like, for error messages. */
    String expected() {
        return expected;
    }

    /**
     * Returns the instant {@code text} stands for.
     *
     * @throws RuntimeException a {@link java.time.DateTimeException}, {@link NumberFormatException}
     *     or {@link ArithmeticException} if {@code text} does not match
     */
    Instant parse(String text) {
        if (fixedWidth != null) {
            return fixedWidth.parse(text, zone);
        }
        return formatter == null ? parseEpoch(text) : parsePattern(text);
    }

    private Instant parsePattern(String text) {
        TemporalAccessor parsed = formatter.parse(text);
        if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(parsed);
        }
        return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
    }

    private Instant parseEpoch(String text) {
        if (isDigits(text)) {
            long whole = Long.parseLong(text);
            return epochScale == 9 ? Instant.ofEpochSecond(whole) : Instant.ofEpochMilli(whole);
        }
        long nanos =
                new BigDecimal(text)
                        .movePointRight(epochScale)
                        .setScale(0, RoundingMode.HALF_EVEN)
                        .longValueExact();
        return Instant.ofEpochSecond(0, nanos);
    }

    private static boolean isDigits(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
