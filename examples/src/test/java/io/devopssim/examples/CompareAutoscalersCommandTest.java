package io.devopssim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareAutoscalersCommandTest {

    @TempDir Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = DevOpsSim.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void compareAutoscalers_seasonalNaiveForTwoDays_printsHpaThenPredictive() throws Exception {
        int status =
                execute(
                        "compare-autoscalers",
                        "--forecaster",
                        "seasonal-naive",
                        "--duration",
                        "2d",
                        "-o",
                        tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0))
                .contains("SLO missed", "dropped", "replica-hours", "cost", "scale-ups");
        assertThat(lines.get(1)).startsWith("HPA ").contains(" min ").contains("$");
        assertThat(lines.get(2)).startsWith("predictive (seasonal-naive) ");
        List<String> decisions = Files.readAllLines(tmp.resolve("predictive-decisions.csv"));
        // The seasonal-naive forecaster has no forecast on the first day, so it must both defer
        // to the HPA there and, on the second day, win at least once.
        assertThat(decisions).anyMatch(d -> d.endsWith("(no forecast)"));
        assertThat(decisions).anyMatch(d -> d.contains("; HPA asked "));
    }

    @Test
    void compareAutoscalers_byDefault_usesTheTrainedTreesForecaster() {
        int status = execute("compare-autoscalers", "--duration", "1d", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).startsWith("HPA ");
        assertThat(lines.get(2)).startsWith("predictive (trees) ");
    }

    @Test
    void compareAutoscalers_unknownForecaster_failsListingTheKnownOnes() {
        int status =
                execute(
                        "compare-autoscalers",
                        "--forecaster",
                        "crystal-ball",
                        "-o",
                        tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("--forecaster was 'crystal-ball'")
                .contains("trees, seasonal-naive");
    }

    @Test
    void compareAutoscalers_unknownService_failsNamingIt() {
        int status =
                execute(
                        "compare-autoscalers",
                        "--service",
                        "api",
                        "--duration",
                        "1h",
                        "-o",
                        tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--service was 'api'");
    }
}
