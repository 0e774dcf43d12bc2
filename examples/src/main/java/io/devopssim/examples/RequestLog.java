package io.devopssim.examples;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
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
            Instant time = LocalDateTime.parse(text, parser).atZone(format.zone()).toInstant();
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
        } catch (DateTimeParseException e) {
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

    private static void add(List<Problem> problems, String path, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(path, message));
        }
    }

    static DateTimeFormatter parser(String pattern) {
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
