package io.devopssim.ml.nab;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;

/** Reads the benchmark's timestamps: {@code 2014-04-10 07:15:00}, optionally with a fraction. */
final class NabTimestamps {

    static final String EXPECTED = "a timestamp like 2014-04-10 07:15:00 (optionally .000000)";

    private static final DateTimeFormatter FORMAT =
            new DateTimeFormatterBuilder()
                    .appendPattern("uuuu-MM-dd HH:mm:ss")
                    .optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                    .optionalEnd()
                    .toFormatter()
                    .withResolverStyle(ResolverStyle.STRICT);

    private NabTimestamps() {}

    /** Returns the timestamp {@code text} denotes, or empty if it is not one. */
    static Optional<LocalDateTime> parse(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Returns {@code time} read as UTC, in seconds since the epoch. */
    static double epochSeconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) + time.getNano() / 1e9;
    }
}
