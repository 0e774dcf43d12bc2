package io.devopssim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DetectAnomaliesCommandTest {

    @TempDir Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = DevOpsSim.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /**
     * Writes two 100-row series alternating 1 and 2, with a spike of 50 at row 50, the first row of
     * the window [50, 59]. The Gaussian detector scores the spike (about 97 standard deviations
     * out) as 1 and the alternation (about 1 standard deviation) near 0.68, so at threshold 1 it
     * detects both windows at their first row and nothing else: 100 on every profile.
     */
    private Path corpus() throws IOException {
        Path folder = tmp.resolve("bench");
        for (String name : List.of("x/a.csv", "y/b.csv")) {
            StringBuilder text = new StringBuilder("timestamp,value\n");
            for (int i = 0; i < 100; i++) {
                int value = i == 50 ? 50 : 1 + i % 2;
                text.append(String.format("2014-04-10 %02d:%02d:00,%d%n", i / 60, i % 60, value));
            }
            Path file = folder.resolve("data").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        String window = "[[\"2014-04-10 00:50:00.000000\", \"2014-04-10 00:59:00.000000\"]]";
        Files.writeString(
                folder.resolve("combined_windows.json"),
                "{\"x/a.csv\": " + window + ", \"y/b.csv\": " + window + "}");
        return folder;
    }

    @Test
    void detectAnomalies_smallCorpus_writesScoredCsvsAndPrintsTheThreeProfiles()
            throws IOException {
        Path results = tmp.resolve("results");

        int status =
                run(
                        "detect-anomalies",
                        corpus().toString(),
                        "--detector",
                        "gaussian",
                        "--out",
                        results.toString(),
                        "--no-progress");

        assertThat(status).as(err.toString()).isZero();
        for (String name : List.of("x/a.csv", "y/b.csv")) {
            List<String> lines = Files.readAllLines(results.resolve(name));
            assertThat(lines).hasSize(101);
            assertThat(lines.get(0)).isEqualTo("timestamp,value,anomaly_score");
            assertThat(lines.get(51)).startsWith("2014-04-10 00:50:00,50,");
        }
        List<String> printed = out.toString().lines().toList();
        assertThat(printed).anyMatch(l -> l.matches("standard +100\\.0 +1\\.000000 +2 +0 +0"));
        assertThat(printed).anyMatch(l -> l.matches("reward_low_FP_rate +100\\.0 .*"));
        assertThat(printed).anyMatch(l -> l.matches("reward_low_FN_rate +100\\.0 .*"));
        assertThat(out.toString()).contains("Wrote 2 CSVs").contains(results.toString());
    }

    @Test
    void detectAnomalies_noDetectorOption_usesTheShippedLstm() throws IOException {
        Path results = tmp.resolve("results");

        int status =
                run(
                        "detect-anomalies",
                        corpus().toString(),
                        "--out",
                        results.toString(),
                        "--no-progress");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Detector lstm on ");
        assertThat(Files.readAllLines(results.resolve("x/a.csv"))).hasSize(101);
    }

    @Test
    void detectAnomalies_missingFolder_exitsWithTwoAndAClearMessage() {
        int status = run("detect-anomalies", tmp.resolve("nope").toString(), "--no-progress");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("nope")
                .contains("not a folder")
                .doesNotContain("\tat ");
    }

    @Test
    void detectAnomalies_malformedCorpus_exitsWithTwoNamingFileAndLine() throws IOException {
        Path folder = corpus();
        Files.writeString(
                folder.resolve("data/x/a.csv"), "timestamp,value\n2014-04-10 00:00:00,oops\n");

        int status = run("detect-anomalies", folder.toString(), "--no-progress");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("x/a.csv: line 2: value 'oops'");
    }

    @Test
    void detectAnomalies_valueTheLstmRefuses_exitsWithTwoNamingFileLineAndValue()
            throws IOException {
        Path folder = corpus();
        Path file = folder.resolve("data/x/a.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(3, "2014-04-10 00:02:00,1e308");
        Files.write(file, lines);

        int status =
                run("detect-anomalies", folder.toString(), "--no-progress", "-o", tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("x/a.csv: line 4 (2014-04-10 00:02:00): value 1.0E308")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void detectAnomalies_outIsAFile_exitsWithTwoSayingWhatFailedWithoutAnExceptionName()
            throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "");

        int status =
                run(
                        "detect-anomalies",
                        corpus().toString(),
                        "--detector",
                        "gaussian",
                        "--no-progress",
                        "--out",
                        file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("cannot write " + file.resolve("x/a.csv") + ": ")
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    @Test
    void detectAnomalies_unknownDetector_exitsWithTwoListingTheKnownOnes() throws IOException {
        int status = run("detect-anomalies", corpus().toString(), "--detector", "magic");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--detector magic is unknown").contains("gaussian");
    }

    @Test
    void detectAnomalies_noFolder_runsTheBundledSubsetOfTheRepository() {
        int status = run("detect-anomalies", "--no-progress", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("28 series, 112,092 rows");
        // The scores the README reports for the shipped LSTM detector on the bundled subset.
        assertThat(out.toString().lines())
                .anyMatch(l -> l.matches("standard +74\\.5 .*"))
                .anyMatch(l -> l.matches("reward_low_FP_rate +71\\.2 .*"))
                .anyMatch(l -> l.matches("reward_low_FN_rate +77\\.5 .*"));
        assertThat(tmp.resolve("realAWSCloudwatch/grok_asg_anomaly.csv")).exists();
    }
}
