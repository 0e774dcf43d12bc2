package io.devopssim.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTraceLoaderErrorsTest {

    private static final String HEADER = "minute,count\n";
    private static final String TIMESTAMP_EXPECTED =
            "cannot be read; expected pattern 'yyyy-MM-dd HH:mm:ss' in zone UTC";
    private static final String COUNT_EXPECTED = "expected a finite request count, at least 0";

    @TempDir Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("trace.csv"), content, StandardCharsets.UTF_8);
    }

    private static InvalidInputException failure(Path file, TraceOptions options) {
        return catchThrowableOfType(
                InvalidInputException.class, () -> CsvTraceLoader.load(file, options));
    }

    private InvalidInputException failure(String content) throws IOException {
        Path file = write(content);
        InvalidInputException e = failure(file, TraceOptions.perMinuteCounts());
        assertThat(e.source()).isEqualTo(file.toString());
        return e;
    }

    private static Problem line(int line, String message) {
        return new Problem("line " + line, message);
    }

    @Test
    void load_missingFile_namesAbsolutePath() {
        Path file = dir.resolve("nope.csv");

        InvalidInputException e = failure(file, TraceOptions.perMinuteCounts());

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.problems())
                .containsExactly(
                        new Problem("", "file " + file.toAbsolutePath() + " does not exist"));
        assertThat(e.getMessage()).contains(file.toString());
    }

    @Test
    void load_directory_saysExpectedFile() {
        InvalidInputException e = failure(dir, TraceOptions.perMinuteCounts());

        assertThat(e.problems())
                .containsExactly(
                        new Problem(
                                "", dir.toAbsolutePath() + " is a directory; expected a CSV file"));
    }

    @Test
    void load_unreadableFile_saysNotReadable() throws IOException {
        Path file = write(HEADER + "1995-07-01 00:00:00,1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as a user who can read anything").isFalse();

        InvalidInputException e = failure(file, TraceOptions.perMinuteCounts());

        assertThat(e.problems())
                .containsExactly(
                        new Problem("", "file " + file.toAbsolutePath() + " is not readable"));
    }

    @Test
    void load_invalidUtf8_saysNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'m', 'i', 'n', (byte) 0xFF, ',', 'c', '\n'});

        InvalidInputException e = failure(file, TraceOptions.perMinuteCounts());

        assertThat(e.problems())
                .containsExactly(
                        new Problem(
                                "",
                                "the file is not valid UTF-8 text; expected a UTF-8 or ASCII CSV"
                                        + " file"));
    }

    @Test
    void load_emptyFile_saysEmpty() throws IOException {
        assertThat(failure("").problems())
                .containsExactly(
                        new Problem("", "the file is empty; expected a header line and data rows"));
    }

    @Test
    void load_headerOnly_saysNoDataRows() throws IOException {
        assertThat(failure(HEADER).problems())
                .containsExactly(
                        new Problem(
                                "", "no data rows after the header line; expected at least one"));
    }

    @Test
    void load_headerAndBlankLines_saysNoDataRows() throws IOException {
        assertThat(failure(HEADER + "\n\n").problems())
                .containsExactly(
                        new Problem(
                                "", "no data rows after the header line; expected at least one"));
    }

    @Test
    void load_missingColumn_listsExistingColumns() throws IOException {
        InvalidInputException e = failure("minute,requests\n1995-07-01 00:00:00,3\n");

        assertThat(e.problems())
                .containsExactly(
                        line(
                                1,
                                "column 'count' not found; the header has columns [minute,"
                                        + " requests]"));
    }

    @Test
    void load_bothColumnsMissing_reportsBoth() throws IOException {
        InvalidInputException e = failure("time,value\n1995-07-01 00:00:00,3\n");

        assertThat(e.problems())
                .containsExactly(
                        line(1, "column 'minute' not found; the header has columns [time, value]"),
                        line(1, "column 'count' not found; the header has columns [time, value]"));
    }

    @Test
    void load_unparsableTimestamp_namesLineValueAndPattern() throws IOException {
        InvalidInputException e =
                failure(HEADER + "1995-07-01 00:00:00,1\n1995-07-01 00:0x:00,2\n");

        assertThat(e.problems())
                .containsExactly(
                        line(
                                3,
                                "timestamp '1995-07-01 00:0x:00' in column 'minute' "
                                        + TIMESTAMP_EXPECTED));
    }

    @Test
    void load_impossibleDate_isUnparsableTimestamp() throws IOException {
        InvalidInputException e = failure(HEADER + "1995-02-30 00:00:00,1\n");

        assertThat(e.problems())
                .containsExactly(
                        line(
                                2,
                                "timestamp '1995-02-30 00:00:00' in column 'minute' "
                                        + TIMESTAMP_EXPECTED));
    }

    @Test
    void load_unparsableTimestampWithFormatterPattern_namesPattern() throws IOException {
        Path file = write("minute,count\n01/Jul/1995:00:00:00,1\n01/Jux/1995:00:01:00,1\n");
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withTimestampFormat("dd/MMM/yyyy:HH:mm:ss", java.time.ZoneOffset.UTC);

        assertThat(failure(file, options).problems())
                .containsExactly(
                        line(
                                3,
                                "timestamp '01/Jux/1995:00:01:00' in column 'minute' cannot be"
                                        + " read; expected pattern 'dd/MMM/yyyy:HH:mm:ss' in zone"
                                        + " Z"));
    }

    @Test
    void load_unparsableEpochSeconds_namesExpectation() throws IOException {
        Path file = write("t,v\n0,1\nabc,1\n");
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withColumns("t", "v")
                        .withTimestampFormat("epoch-s", java.time.ZoneOffset.UTC);

        assertThat(failure(file, options).problems())
                .containsExactly(
                        line(
                                3,
                                "timestamp 'abc' in column 't' cannot be read; expected seconds"
                                        + " since 1970-01-01T00:00:00Z"));
    }

    @Test
    void load_badValues_eachNamedWithLineAndValue() throws IOException {
        InvalidInputException e =
                failure(
                        HEADER
                                + "1995-07-01 00:00:00,abc\n"
                                + "1995-07-01 00:01:00,NaN\n"
                                + "1995-07-01 00:02:00,Infinity\n"
                                + "1995-07-01 00:03:00,-3\n"
                                + "1995-07-01 00:04:00,\n");

        assertThat(e.problems())
                .containsExactly(
                        line(2, "value 'abc' in column 'count' is not a number; " + COUNT_EXPECTED),
                        line(3, "value 'NaN' in column 'count' is not a number; " + COUNT_EXPECTED),
                        line(
                                4,
                                "value 'Infinity' in column 'count' is infinite; "
                                        + COUNT_EXPECTED),
                        line(5, "value '-3' in column 'count' is negative; " + COUNT_EXPECTED),
                        line(6, "value '' in column 'count' is not a number; " + COUNT_EXPECTED));
    }

    @Test
    void load_negativeRate_saysRateExpected() throws IOException {
        Path file = write(HEADER + "1995-07-01 00:00:00,-0.5\n");
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withResolution(Duration.ofMinutes(1), TraceOptions.ValueUnit.PER_SECOND);

        assertThat(failure(file, options).problems())
                .containsExactly(
                        line(
                                2,
                                "value '-0.5' in column 'count' is negative; expected a finite"
                                        + " rate in requests/s, at least 0"));
    }

    @Test
    void load_unsortedTimestamps_namesLineValueAndPrevious() throws IOException {
        InvalidInputException e =
                failure(
                        HEADER
                                + "1995-07-01 00:00:00,1\n"
                                + "1995-07-01 00:05:00,1\n"
                                + "1995-07-01 00:03:00,1\n"
                                + "1995-07-01 00:04:00,1\n");

        assertThat(e.problems())
                .containsExactly(
                        line(
                                4,
                                "timestamp '1995-07-01 00:03:00' in column 'minute' is before"
                                        + " '1995-07-01 00:05:00' on line 3; expected timestamps in"
                                        + " increasing order"));
    }

    @Test
    void load_duplicateTimestamp_namesBothLines() throws IOException {
        InvalidInputException e =
                failure(
                        HEADER
                                + "1995-07-01 00:00:00,1\n"
                                + "1995-07-01 00:01:00,1\n"
                                + "1995-07-01 00:01:00,2\n");

        assertThat(e.problems())
                .containsExactly(
                        line(
                                4,
                                "duplicate timestamp '1995-07-01 00:01:00' in column 'minute',"
                                        + " the same as on line 3"));
    }

    @Test
    void load_timestampOffGrid_namesResolutionAndFirstRow() throws IOException {
        InvalidInputException e =
                failure(HEADER + "1995-07-01 00:00:00,1\n1995-07-01 00:01:30,1\n");

        assertThat(e.problems())
                .containsExactly(
                        line(
                                3,
                                "timestamp '1995-07-01 00:01:30' in column 'minute' is not on the"
                                        + " PT1M grid; expected a whole number of PT1M intervals"
                                        + " after the first row ('1995-07-01 00:00:00' on line"
                                        + " 2)"));
    }

    @Test
    void load_tooFewColumns_namesLine() throws IOException {
        InvalidInputException e = failure(HEADER + "1995-07-01 00:00:00,1\n1995-07-01 00:01:00\n");

        assertThat(e.problems()).containsExactly(line(3, "has 1 columns; expected at least 2"));
    }

    @Test
    void load_unterminatedQuote_namesLine() throws IOException {
        InvalidInputException e =
                failure(HEADER + "1995-07-01 00:00:00,1\n\"1995-07-01 00:01:00,1\n");

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).path()).isEqualTo("line 3");
        assertThat(e.problems().get(0).message()).startsWith("cannot be read: ");
    }

    @Test
    void load_severalKindsOfProblem_reportsAllInFileOrder() throws IOException {
        InvalidInputException e =
                failure(
                        HEADER
                                + "1995-07-01 00:00:00,1\n"
                                + "yesterday,2\n"
                                + "1995-07-01 00:02:00,-1\n"
                                + "1995-07-01 00:02:00,1\n");

        assertThat(e.problems())
                .extracting(Problem::path)
                .containsExactly("line 3", "line 4", "line 5");
        assertThat(e.getMessage()).startsWith(e.source() + ": 3 problems\n");
    }

    @Test
    void load_manyBadRows_capsListAndCountsTheRest() throws IOException {
        String rows =
                IntStream.range(0, 30)
                        .mapToObj(i -> String.format("1995-07-01 00:%02d:00,x%n", i))
                        .collect(Collectors.joining());

        InvalidInputException e = failure(HEADER + rows);

        assertThat(e.problems()).hasSize(21);
        assertThat(e.problems().get(19).path()).isEqualTo("line 21");
        assertThat(e.problems().get(20)).isEqualTo(new Problem("", "... and 10 more"));
    }

    @Test
    void load_invalidOptions_reportsEveryOptionProblem() throws IOException {
        Path file = write(HEADER + "1995-07-01 00:00:00,1\n");
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withScale(0)
                        .withTimeCompression(Double.NaN)
                        .withResolution(Duration.ZERO, TraceOptions.ValueUnit.COUNT_PER_INTERVAL);

        InvalidInputException e = failure(file, options);

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.problems())
                .containsExactly(
                        new Problem(
                                "options.resolution", "was PT0S; expected a duration more than 0"),
                        new Problem(
                                "options.scale", "was 0.0; expected a finite number more than 0"),
                        new Problem(
                                "options.timeCompression",
                                "was NaN; expected a finite number more than 0"));
    }

    @Test
    void load_negativeScaleAndResolution_reported() throws IOException {
        Path file = write(HEADER + "1995-07-01 00:00:00,1\n");
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withScale(-2)
                        .withTimeCompression(Double.POSITIVE_INFINITY)
                        .withResolution(
                                Duration.ofSeconds(-60), TraceOptions.ValueUnit.COUNT_PER_INTERVAL);

        assertThat(failure(file, options).problems())
                .containsExactly(
                        new Problem(
                                "options.resolution", "was PT-1M; expected a duration more than 0"),
                        new Problem(
                                "options.scale", "was -2.0; expected a finite number more than 0"),
                        new Problem(
                                "options.timeCompression",
                                "was Infinity; expected a finite number more than 0"));
    }

    @Test
    void load_invalidPatternAndMissingFile_reportedTogether() {
        Path file = dir.resolve("nope.csv");
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withTimestampFormat("yyyy-MM-dd {HH}", java.time.ZoneOffset.UTC);

        InvalidInputException e = failure(file, options);

        assertThat(e.problems())
                .extracting(Problem::path)
                .containsExactly("options.timestampFormat", "");
        assertThat(e.problems().get(0).message())
                .startsWith("'yyyy-MM-dd {HH}' is not a valid pattern (")
                .endsWith("); expected a DateTimeFormatter pattern, epoch-s or epoch-ms");
    }

    @Test
    void load_blankColumnName_reported() throws IOException {
        Path file = write(HEADER + "1995-07-01 00:00:00,1\n");
        TraceOptions options = TraceOptions.perMinuteCounts().withColumns(" ", "count");

        assertThat(failure(file, options).problems())
                .containsExactly(
                        new Problem(
                                "options.timestampColumn",
                                "was blank; expected a column name from the header"));
    }

    @Test
    void load_lineNumbers_countBlankLinesAndMultiLineFields() throws IOException {
        InvalidInputException e =
                failure(
                        HEADER
                                + "1995-07-01 00:00:00,1\n"
                                + "\n"
                                + "1995-07-01 00:01:00,\"1\n2\"\n"
                                + "1995-07-01 00:02:00,-1\n");

        assertThat(e.problems()).extracting(Problem::path).containsExactly("line 4", "line 6");
    }
}
