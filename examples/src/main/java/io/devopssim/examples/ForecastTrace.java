package io.devopssim.examples;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.load.CsvTraceLoader;
import io.devopssim.core.load.Trace;
import io.devopssim.core.load.TraceOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * A trace read for the forecast backtest: requests in each minute, NaN where the file has no row.
 *
 * @param start the start of minute 0
 * @param perMinute requests per minute; NaN for minutes without a row
 * @param rows how many rows the file held
 */
record ForecastTrace(Instant start, double[] perMinute, int rows) {

    /** The {@code --timestamp-format} of times given as seconds since the epoch. */
    static final String EPOCH_SECONDS = "epoch-s";

    /** The {@code --timestamp-format} of times given as milliseconds since the epoch. */
    static final String EPOCH_MILLIS = "epoch-ms";

    /** The longest aggregated log, about ten years of minutes. */
    static final long MAX_MINUTES = 5_000_000;

    /**
     * The largest count per minute read, about 17 trillion requests a second: far beyond any real
     * service, and small enough that squared errors stay finite.
     */
    static final double MAX_COUNT = 1e15;

    /**
     * Reads a CSV whose rows each give one minute's request count.
     *
     * @throws InvalidInputException for any problem with the file, or rows further apart than a
     *     minute
     */
    static ForecastTrace counts(Path file, String timeColumn, String valueColumn, Format format) {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withColumns(timeColumn, valueColumn)
                        .withTimestampFormat(format.pattern(), format.zone());
        Trace trace = CsvTraceLoader.load(file, options);
        double[] perMinute = new double[trace.intervalCount()];
        int rows = 0;
        for (int i = 0; i < perMinute.length; i++) {
            perMinute[i] = wholeIfNearlyWhole(trace.rateAtInterval(i) * 60);
            rows += Double.isNaN(perMinute[i]) ? 0 : 1;
        }
        checkResolution(file, perMinute);
        checkMagnitude(file, trace.start(), perMinute);
        return new ForecastTrace(trace.start(), perMinute, rows);
    }

    /** The loader divides counts by 60 s; this undoes the rounding it can leave behind. */
    private static double wholeIfNearlyWhole(double value) {
        double whole = Math.rint(value);
        return Math.abs(value - whole) <= 1e-9 * Math.max(1, whole) ? whole : value;
    }

    private static void checkMagnitude(Path file, Instant start, double[] perMinute) {
        for (int i = 0; i < perMinute.length; i++) {
            if (perMinute[i] > MAX_COUNT) {
                throw problem(
                        file,
                        "the count of the minute at "
                                + start.plusSeconds(60L * i)
                                + " is "
                                + perMinute[i]
                                + "; expected at most "
                                + MAX_COUNT
                                + " requests per minute");
            }
        }
    }

    private static void checkResolution(Path file, double[] perMinute) {
        int spacing = typicalSpacing(perMinute);
        if (spacing > 1) {
            throw problem(
                    file,
                    "rows are "
                            + spacing
                            + " minutes apart (the most common spacing); the forecaster"
                            + " predicts 1, 5 and 15 minutes ahead from per-minute counts:"
                            + " expected one row per minute. Resample the trace to one row per"
                            + " minute first, or use --aggregate if each row is one request");
        }
    }

    /** Returns the most common distance between consecutive rows, in minutes. */
    static int typicalSpacing(double[] perMinute) {
        int[] counts = new int[61];
        int previous = -1;
        for (int i = 0; i < perMinute.length; i++) {
            if (!Double.isNaN(perMinute[i])) {
                if (previous >= 0) {
                    counts[Math.min(i - previous, 60)]++;
                }
                previous = i;
            }
        }
        int best = 1;
        for (int d = 2; d < counts.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return best;
    }

    /**
     * Reads a CSV with one row per request and counts the rows of each minute.
     *
     * @throws InvalidInputException listing the rows whose time cannot be read
     */
    static ForecastTrace requests(Path file, String timeColumn, Format format) {
        List<Instant> times = RequestLog.read(file, timeColumn, format);
        Instant start = RequestLog.minuteOf(times.get(0));
        long span = RequestLog.minutesBetween(start, times.get(times.size() - 1)) + 1;
        if (span > MAX_MINUTES) {
            throw problem(
                    file,
                    "the requests span " + span + " minutes; expected at most " + MAX_MINUTES);
        }
        int minutes = (int) span;
        double[] perMinute = new double[minutes];
        Arrays.fill(perMinute, Double.NaN);
        for (Instant time : times) {
            int minute = (int) RequestLog.minutesBetween(start, time);
            perMinute[minute] = Double.isNaN(perMinute[minute]) ? 1 : perMinute[minute] + 1;
        }
        return new ForecastTrace(start, perMinute, times.size());
    }

    static InvalidInputException problem(Path file, String message) {
        return new InvalidInputException(file.toString(), List.of(new Problem("", message)));
    }

    /** Returns the header's column names, to default to the first two. */
    static List<String> header(Path file) {
        List<String> lines = firstLines(file);
        if (lines.isEmpty()) {
            throw problem(file, "the file is empty; expected a header line and data rows");
        }
        return cells(lines.get(0).replace("\uFEFF", ""));
    }

    /**
     * Refuses a first row whose time does not have the pattern's shape, saying how to name it, and
     * a log of single requests (times with fractions of a second) read as counts.
     *
     * @param column the index of the time column in the header, or -1
     */
    static void checkFirstTime(Path file, int column, Format format) {
        List<String> lines = firstLines(file);
        if (isEpoch(format.pattern())
                || column < 0
                || lines.size() < 2
                || cells(lines.get(1)).size() <= column) {
            return;
        }
        String time = unquoted(cells(lines.get(1)).get(column));
        if (matches(time, DateTimeFormatter.ofPattern(format.pattern()))) {
            return;
        }
        if (matches(time, RequestLog.parser(format.pattern()))) {
            throw problem(
                    file,
                    "line 2: time '"
                            + time
                            + "' has a fraction of a second, as in a log of single requests;"
                            + " use --aggregate to count the rows of each minute, or give one row"
                            + " per minute");
        }
        throw problem(
                file,
                "line 2: time '"
                        + time
                        + "' does not match --timestamp-format '"
                        + format.pattern()
                        + "'; give the pattern of the file's times, such as"
                        + " \"yyyy-MM-dd'T'HH:mm:ssX\" for 2024-01-01T00:00:00Z, or epoch-s for"
                        + " seconds since 1970");
    }

    /** Returns whether {@code pattern} names times since the epoch rather than a date pattern. */
    static boolean isEpoch(String pattern) {
        return pattern.equals(EPOCH_SECONDS) || pattern.equals(EPOCH_MILLIS);
    }

    /** Returns whether all of {@code text} has the formatter's shape, whatever it resolves to. */
    private static boolean matches(String text, DateTimeFormatter formatter) {
        ParsePosition position = new ParsePosition(0);
        return formatter.parseUnresolved(text, position) != null
                && position.getIndex() == text.length();
    }

    private static String unquoted(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1)
                : cell;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::trim).toList();
    }

    private static List<String> firstLines(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.lines().limit(2).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How timestamps are written.
     *
     * @param pattern a {@link java.time.format.DateTimeFormatter} pattern
     * @param zone the zone of timestamps that carry none
     */
    record Format(String pattern, ZoneId zone) {}
}
