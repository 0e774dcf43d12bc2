package io.devopssim.core.load;

/** Checks trace options before a file is read. */
final class TraceOptionsCheck {

    private TraceOptionsCheck() {}

    /** Returns the timestamp parser the options ask for, or null after recording the problems. */
    static TimestampParser check(TraceOptions options, Problems problems) {
        requireName(problems, "options.timestampColumn", options.timestampColumn());
        requireName(problems, "options.valueColumn", options.valueColumn());
        if (options.resolution().isZero() || options.resolution().isNegative()) {
            problems.add(
                    "options.resolution",
                    "was " + options.resolution() + "; expected a duration more than 0");
        }
        requirePositive(problems, "options.scale", options.scale());
        requirePositive(problems, "options.timeCompression", options.timeCompression());
        if (options.zeroFillUpTo().isNegative()) {
            problems.add(
                    "options.zeroFillUpTo",
                    "was " + options.zeroFillUpTo() + "; expected a duration of at least 0");
        }
        try {
            return TimestampParser.of(options.timestampFormat(), options.zone());
        } catch (IllegalArgumentException e) {
            problems.add(
                    "options.timestampFormat",
                    "'"
                            + options.timestampFormat()
                            + "' is not a valid pattern ("
                            + e.getMessage()
                            + "); expected a DateTimeFormatter pattern, "
                            + TimestampParser.EPOCH_SECONDS
                            + " or "
                            + TimestampParser.EPOCH_MILLIS);
            return null;
        }
    }

    private static void requireName(Problems problems, String path, String name) {
        if (name.isBlank()) {
            problems.add(path, "was blank; expected a column name from the header");
        }
    }

    private static void requirePositive(Problems problems, String path, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            problems.add(path, "was " + value + "; expected a finite number more than 0");
        }
    }
}
