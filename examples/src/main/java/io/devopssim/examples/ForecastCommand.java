package io.devopssim.examples;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.scenario.ScenarioDurations;
import io.devopssim.ml.forecast.Backtest;
import io.devopssim.ml.forecast.BacktestTable;
import io.devopssim.ml.forecast.LoadForecastModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Scores the shipped load forecaster on a trace against persistence and seasonal naive.
 *
 * <p>Without a trace it uses the bundled NASA trace, whose last 14 days the model never saw.
 */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Backtests the load forecaster (gradient-boosted trees, 1, 5 and 15 minutes ahead) on"
                    + " the tail of a trace and prints RMSE and MAPE next to two baselines:"
                    + " persistence (the last minute again) and seasonal naive (the same minute one"
                    + " day earlier).",
            "Without a TRACE it uses the bundled NASA trace of July-August 1995; its last 14 days"
                    + " were held out of training."
        })
final class ForecastCommand implements Callable<Integer> {

    static final String NASA = "/io/devopssim/examples/nasa/nasa_http_1995_requests_per_minute.csv";

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TRACE",
            description = "CSV with a header: a time and a request count per minute.")
    Path trace;

    @Option(
            names = "--timestamp-column",
            description = "Column of the times (default: the first column).")
    String timestampColumn;

    @Option(
            names = "--value-column",
            description = "Column of the request counts (default: the second column).")
    String valueColumn;

    @Option(
            names = "--timestamp-format",
            defaultValue = "yyyy-MM-dd HH:mm:ss",
            description =
                    "Pattern of the times, or epoch-s / epoch-ms for seconds / milliseconds since"
                            + " 1970 (default: ${DEFAULT-VALUE}).")
    String timestampFormat;

    @Option(
            names = "--zone",
            converter = ZoneConverter.class,
            description =
                    "Time zone of the times, for the calendar features (default: UTC; -04:00 for"
                            + " the bundled NASA trace).")
    ZoneId zone;

    @Option(
            names = "--tail",
            defaultValue = "14d",
            description =
                    "Length of the scored tail, such as 14d or 36h; the whole trace when it is"
                            + " shorter (default: ${DEFAULT-VALUE}).")
    String tail;

    @Option(
            names = "--aggregate",
            description =
                    "Each row is one request (such as the Azure LLM trace): count the rows of"
                            + " each minute; times may have fractions of a second.")
    boolean aggregate;

    @Override
    public Integer call() throws IOException {
        double tailSeconds = ScenarioDurations.seconds("--tail", tail);
        ZoneId clock =
                zone != null ? zone : trace == null ? ZoneOffset.ofHours(-4) : ZoneOffset.UTC;
        Path file = trace != null ? trace : bundledNasa();
        try {
            ForecastTrace series = read(file, clock);
            int tailMinutes = (int) Math.min(series.perMinute().length, tailSeconds / 60);
            int from = series.perMinute().length - tailMinutes;
            BacktestTable table;
            try (LoadForecastModel model = LoadForecastModel.bundled()) {
                table = Backtest.run(model, series.perMinute(), series.start(), clock, from);
            }
            if (table.horizons().stream().allMatch(row -> row.rows() == 0)) {
                throw ForecastTrace.problem(file, tooShort(series, tailMinutes));
            }
            String name = trace == null ? "bundled NASA trace (July-August 1995)" : file.toString();
            BacktestReport.print(spec.commandLine().getOut(), name, clock, series, table);
            return 0;
        } finally {
            if (trace == null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private ForecastTrace read(Path file, ZoneId clock) {
        ForecastTrace.Format format = new ForecastTrace.Format(timestampFormat, clock);
        try {
            if (!ForecastTrace.isEpoch(timestampFormat)) {
                DateTimeFormatter.ofPattern(timestampFormat);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "--timestamp-format",
                    List.of(
                            new Problem(
                                    "--timestamp-format",
                                    "'"
                                            + timestampFormat
                                            + "' is not a date-time pattern ("
                                            + e.getMessage()
                                            + "); expected e.g."
                                            + " yyyy-MM-dd HH:mm:ss, epoch-s or epoch-ms")));
        }
        if (Files.isDirectory(file)) {
            throw ForecastTrace.problem(
                    file, file.toAbsolutePath() + " is a folder; expected a CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw ForecastTrace.problem(file, "file " + file.toAbsolutePath() + " does not exist");
        }
        List<String> header = ForecastTrace.header(file);
        String time = timestampColumn != null ? timestampColumn : header.get(0);
        if (aggregate) {
            return ForecastTrace.requests(file, time, format);
        }
        if (valueColumn == null && header.size() < 2) {
            throw ForecastTrace.problem(
                    file,
                    "the header has one column "
                            + header
                            + "; expected a time and a count,"
                            + " or --aggregate if each row is one request");
        }
        String value = valueColumn != null ? valueColumn : header.get(1);
        ForecastTrace.checkFirstTime(file, header.indexOf(time), format);
        return ForecastTrace.counts(file, time, value, format);
    }

    private static String tooShort(ForecastTrace series, int tailMinutes) {
        String needs =
                "no minute could be scored: a scored minute needs the 60 minutes before it, the"
                        + " same minute a day earlier and the 15 minutes after it, without gaps"
                        + " longer than 60 minutes";
        if (tailMinutes < series.perMinute().length) {
            return needs
                    + "; --tail covers only the last "
                    + tailMinutes
                    + " minutes, expected more than 15";
        }
        return needs
                + " (at least 1 day and 16 minutes of per-minute data); this trace spans "
                + series.perMinute().length
                + " minutes";
    }

    /** Reads {@code --zone}, saying what a zone looks like instead of naming an exception. */
    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException(
                        "'"
                                + value
                                + "' is not a time zone; expected a region such as Europe/Paris,"
                                + " an offset such as -04:00, or UTC");
            }
        }
    }

    private static Path bundledNasa() throws IOException {
        Path file = Files.createTempFile("devopssim-nasa-", ".csv");
        try (InputStream in = ForecastCommand.class.getResourceAsStream(NASA)) {
            if (in == null) {
                throw new IllegalStateException("bundled trace missing: " + NASA);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }
}
