package io.devopssim.examples;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the request times of a log with one row per request, such as the Azure LLM trace. */
final class RequestLog {

    private static final int MAX_PROBLEMS = 10;

    private RequestLog() {}

    /** Returns the rows' times in file order; fractions of a second are allowed. */
    static List<Instant> read(Path file, String column, ForecastTrace.Format format) {
        if (!Files.isRegularFile(file)) {
            throw ForecastTrace.problem(file, "file " + file.toAbsolutePath() + " does not exist");
        }
        DateTimeFormatter parser = parser(format.pattern());
        List<Instant> times = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser rows = csv.parse(reader)) {
            if (!rows.getHeaderNames().contains(column)) {
                throw ForecastTrace.problem(
                        file,
                        "no column '" + column + "'; the header has " + rows.getHeaderNames());
            }
            for (CSVRecord row : rows) {
                read(row, column, parser, format, times, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (times.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("", "the file has no data rows; expected one per request"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(file.toString(), problems);
        }
        return times;
    }

    private static void read(
            CSVRecord row,
            String column,
            DateTimeFormatter parser,
            ForecastTrace.Format format,
            List<Instant> times,
            List<Problem> problems) {
        String line = "line " + (row.getRecordNumber() + 1);
        String text = row.isSet(column) ? row.get(column).trim() : "";
        try {
            Instant time = instant(text, parser, format);
            if (!times.isEmpty() && time.isBefore(times.get(times.size() - 1))) {
                add(
                        problems,
                        line,
                        "time "
                                + text
                                + " is before the previous row's; expected"
                                + " rows in time order");
            } else {
                times.add(time);
            }
        } catch (DateTimeException e) {
            add(
                    problems,
                    line,
                    "time '"
                            + text
                            + "' does not match "
                            + format.pattern()
                            + " (fractions of a second allowed)");
        }
    }

    /**
     * Returns the instant of {@code text}: in its own zone or offset when the pattern reads one,
     * else in the format's zone; a number of seconds or milliseconds for the epoch formats.
     */
    static Instant instant(String text, DateTimeFormatter parser, ForecastTrace.Format format) {
        if (ForecastTrace.isEpoch(format.pattern())) {
            return epochInstant(text, format.pattern());
        }
        TemporalAccessor parsed = parser.parse(text);
        ZoneId own = parsed.query(TemporalQueries.zone());
        return LocalDateTime.from(parsed).atZone(own != null ? own : format.zone()).toInstant();
    }

    private static Instant epochInstant(String text, String pattern) {
        try {
            BigDecimal units = new BigDecimal(text);
            BigDecimal nanos =
                    units.movePointRight(pattern.equals(ForecastTrace.EPOCH_SECONDS) ? 9 : 6);
            BigDecimal[] split = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
            return Instant.ofEpochSecond(
                    split[0].longValueExact(),
                    split[1].setScale(0, RoundingMode.FLOOR).longValue());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new DateTimeException("'" + text + "' is not a number", e);
        }
    }

    private static void add(List<Problem> problems, String path, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(path, message));
        }
    }

    static DateTimeFormatter parser(String pattern) {
        if (ForecastTrace.isEpoch(pattern)) {
            return null;
        }
        return new DateTimeFormatterBuilder()
                .appendPattern(pattern)
                .optionalStart()
                .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                .optionalEnd()
                .toFormatter();
    }

    static Instant minuteOf(Instant time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }

    static long minutesBetween(Instant start, Instant time) {
        return Duration.between(start, time).toMinutes();
    }
}
