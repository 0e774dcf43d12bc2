package io.devopssim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.ml.forecast.LoadForecastModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ForecastCommandTest {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime START = LocalDateTime.of(2024, 5, 6, 0, 0);

    @TempDir Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = DevOpsSim.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("forecast"));
        all.addAll(List.of(args));
        return cli.execute(all.toArray(String[]::new));
    }

    private Path perMinuteTrace(String name, int minutes, int step) throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        List<String> lines = new ArrayList<>(List.of("time,requests"));
        for (int i = 0; i < minutes; i += step) {
            double daily = 1 + 0.5 * Math.sin(2 * Math.PI * i / 1440.0);
            long count = Math.round(40 * daily + random.nextInt(10));
            lines.add(START.plusMinutes(i).format(MINUTE) + "," + count);
        }
        return Files.write(tmp.resolve(name), lines);
    }

    @Test
    void forecast_bundledNasa_printsThePythonPipelinesHeldOutTable() {
        int status = run();

        assertThat(status).as(err.toString()).isZero();
        String table = out.toString();
        for (JsonNode row : trainingTable()) {
            String line =
                    table.lines()
                            .filter(l -> l.startsWith(row.path("horizon").asInt() + " min "))
                            .findFirst()
                            .orElseThrow();
            assertThat(line)
                    .contains(String.format(Locale.ROOT, "%,d", row.path("rows").asInt()))
                    .contains(rmse(row, "model"))
                    .contains(rmse(row, "persistence"))
                    .contains(rmse(row, "seasonalNaive"))
                    .contains(
                            String.format(
                                    Locale.ROOT,
                                    "%.1f%%",
                                    row.path("improvementPercent").asDouble()));
        }
    }

    private static String rmse(JsonNode row, String method) {
        return String.format(Locale.ROOT, "%.3f", row.path(method).path("rmse").asDouble());
    }

    private static JsonNode trainingTable() {
        try (var in =
                LoadForecastModel.class.getResourceAsStream(
                        "/io/devopssim/ml/models/load-forecaster/model.json")) {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in)
                    .path("training")
                    .path("heldOutTail");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void forecast_smallUnseenTrace_printsOneRowPerHorizonOverTheTail() throws IOException {
        Path trace = perMinuteTrace("small.csv", 2 * 1440, 1);

        int status = run(trace.toString(), "--tail", "6h");

        assertThat(status).as(err.toString()).isZero();
        // scored minutes: the last 360, less the 15 at the end without an actual 15 min later
        assertThat(out.toString()).contains("1 min        345").contains("15 min       345");
    }

    @Test
    void forecast_missingFile_exits2NamingTheFile() {
        int status = run(tmp.resolve("nope.csv").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("nope.csv").contains("does not exist");
    }

    @Test
    void forecast_folderInsteadOfFile_exits2SayingItIsAFolder() {
        int status = run(tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("is a folder; expected a CSV file");
    }

    @Test
    void forecast_unknownZone_exits2WithoutAJavaExceptionName() throws IOException {
        Path trace = perMinuteTrace("day.csv", 100, 1);

        int status = run(trace.toString(), "--zone", "Mars/Olympus");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("'Mars/Olympus' is not a time zone")
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    @Test
    void forecast_tailShorterThanTheHorizon_exits2BlamingTheTailNotTheTrace() throws IOException {
        Path trace = perMinuteTrace("long.csv", 3 * 1440, 1);

        int status = run(trace.toString(), "--tail", "10m");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("--tail covers only the last 10 minutes")
                .doesNotContain("this trace spans");
    }

    @Test
    void forecast_hugeCount_exits2InsteadOfPrintingAnInfiniteRmse() throws IOException {
        Path trace = perMinuteTrace("huge.csv", 3 * 1440, 1);
        List<String> lines = new ArrayList<>(Files.readAllLines(trace));
        lines.set(2, START.plusMinutes(1).format(MINUTE) + ",1e300");
        Files.write(trace, lines);

        int status = run(trace.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("the count of the minute at 2024-05-06T00:01:00Z is 1.0E300")
                .contains("expected at most 1.0E15 requests per minute");
        assertThat(out.toString()).doesNotContain("Infinity");
    }

    @Test
    void forecast_nonNumericValue_exits2NamingLineAndValue() throws IOException {
        Path trace = perMinuteTrace("bad.csv", 2 * 1440, 1);
        List<String> lines = new ArrayList<>(Files.readAllLines(trace));
        lines.set(5, lines.get(5).split(",")[0] + ",lots");
        Files.write(trace, lines);

        int status = run(trace.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("line 6").contains("lots");
    }

    @Test
    void forecast_traceShorterThanADay_exits2SayingWhatIsNeeded() throws IOException {
        Path trace = perMinuteTrace("short.csv", 100, 1);

        int status = run(trace.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("no minute could be scored")
                .contains("1 day and 16 minutes")
                .contains("spans 100 minutes");
    }

    @Test
    void forecast_fiveMinuteTrace_exits2AskingForPerMinuteRows() throws IOException {
        Path trace = perMinuteTrace("five.csv", 2 * 1440, 5);

        int status = run(trace.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("5 minutes apart").contains("one row per minute");
    }

    @Test
    void forecast_requestLogWithoutAggregate_exits2SuggestingAggregate() throws IOException {
        Path log = requestLog(3);

        int status = run(log.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("fraction of a second").contains("--aggregate");
    }

    @Test
    void forecast_requestLogAggregated_countsRowsPerMinute() throws IOException {
        Path log = requestLog(3);

        int status = run(log.toString(), "--aggregate", "--tail", "2h");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 min        105").contains("12,960 rows");
    }

    @Test
    void forecast_requestLogWithOffsets_placesEachRequestAtItsOwnOffset() throws IOException {
        Path local = requestLog(3);
        List<String> lines = Files.readAllLines(local);
        List<String> shifted = new ArrayList<>(List.of(lines.get(0)));
        lines.stream()
                .skip(1)
                .map(l -> l.replaceFirst(" ", "T").replace(",100", "+02:00,100"))
                .forEach(shifted::add);
        Path log = Files.write(tmp.resolve("offsets.csv"), shifted);

        int status =
                run(
                        log.toString(),
                        "--aggregate",
                        "--tail",
                        "2h",
                        "--timestamp-format",
                        "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSXXX");

        assertThat(status).as(err.toString()).isZero();
        // 2024-05-06 00:00 at +02:00 is 2024-05-05 22:00 UTC, the default --zone
        assertThat(out.toString()).contains("from 2024-05-05 22:00 (UTC)").contains("12,960 rows");
    }

    @Test
    void forecast_epochSecondsCounts_scoresTheSameRowsAsTheDatedTrace() throws IOException {
        Path dated = perMinuteTrace("dated.csv", 3 * 1440, 1);
        run(dated.toString(), "--tail", "6h");
        String datedTable = table(out.toString());
        out.getBuffer().setLength(0);
        List<String> lines = Files.readAllLines(dated);
        List<String> epoch = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            long seconds = LocalDateTime.parse(cells[0], MINUTE).toEpochSecond(ZoneOffset.UTC);
            epoch.add(seconds + "," + cells[1]);
        }
        Path trace = Files.write(tmp.resolve("epoch.csv"), epoch);

        int status = run(trace.toString(), "--tail", "6h", "--timestamp-format", "epoch-s");

        assertThat(status).as(err.toString()).isZero();
        assertThat(table(out.toString())).isEqualTo(datedTable).contains("1 min        345");
    }

    @Test
    void forecast_epochMillisRequestLog_countsRowsPerMinute() throws IOException {
        List<String> lines = new ArrayList<>(List.of("time"));
        long start = START.toEpochSecond(ZoneOffset.UTC) * 1000;
        for (int i = 0; i < 3 * 1440; i++) {
            for (int r = 0; r < 3; r++) {
                lines.add((start + i * 60_000L + r * 15_000L) + ".5");
            }
        }
        Path log = Files.write(tmp.resolve("epoch-log.csv"), lines);

        int status =
                run(
                        log.toString(),
                        "--aggregate",
                        "--tail",
                        "2h",
                        "--timestamp-format",
                        "epoch-ms");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 min        105").contains("12,960 rows");
    }

    /** Returns the printed table's lines from the header on, without the file-specific title. */
    private static String table(String printed) {
        return printed.substring(printed.indexOf("horizon"));
    }

    @Test
    void forecast_timesWithAZoneSuffix_exits2NamingTheOptionAndAPatternThatReadsThem()
            throws IOException {
        Path dated = perMinuteTrace("dated.csv", 3 * 1440, 1);
        List<String> lines = Files.readAllLines(dated);
        List<String> iso = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).map(l -> l.replace(' ', 'T').replace(",", "Z,")).forEach(iso::add);
        Path trace = Files.write(tmp.resolve("iso.csv"), iso);

        int status = run(trace.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("1 problem")
                .contains("line 2: time '2024-05-06T00:00:00Z' does not match --timestamp-format")
                .contains("yyyy-MM-dd'T'HH:mm:ssX");
        out.getBuffer().setLength(0);
        assertThat(run(trace.toString(), "--timestamp-format", "yyyy-MM-dd'T'HH:mm:ssX")).isZero();
        assertThat(out.toString()).contains("from 2024-05-06 00:00");
    }

    @Test
    void forecast_badTail_exits2NamingTheOption() {
        int status = run("--tail", "soon");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--tail").contains("soon");
    }

    /** Three requests in every minute of three days, at fractional seconds. */
    private Path requestLog(int perMinute) throws IOException {
        DateTimeFormatter precise = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSS");
        List<String> lines = new ArrayList<>(List.of("TIMESTAMP,ContextTokens,GeneratedTokens"));
        for (int i = 0; i < 3 * 1440; i++) {
            for (int r = 0; r < perMinute; r++) {
                LocalDateTime time = START.plusMinutes(i).plusNanos(r * 15_000_000_123L);
                lines.add(time.format(precise) + ",100,10");
            }
        }
        return Files.write(tmp.resolve("requests.csv"), lines);
    }
}
