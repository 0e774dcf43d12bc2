package io.devopssim.ml.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.anomaly.AnomalyDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NabRunTest {

    @TempDir Path tmp;

    /** A corpus of two 100-row series, each with a window [50, 59]; values jump to 9 at row 50. */
    private NabCorpus corpus() throws IOException {
        Path folder = tmp.resolve("corpus");
        StringBuilder windows = new StringBuilder("{");
        for (String name : List.of("x/a.csv", "y/b.csv")) {
            StringBuilder text = new StringBuilder("timestamp,value\n");
            for (int i = 0; i < 100; i++) {
                text.append(
                        String.format(
                                "2014-04-10 %02d:%02d:00,%d%n", i / 60, i % 60, i == 50 ? 9 : 1));
            }
            Path file = folder.resolve("data").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            windows.append(windows.length() > 1 ? "," : "")
                    .append("\"")
                    .append(name)
                    .append("\": [[\"2014-04-10 00:50:00\", \"2014-04-10 00:59:00\"]]");
        }
        Files.writeString(folder.resolve("labels_windows.json"), windows.append("}").toString());
        return NabCorpus.read(folder);
    }

    /** Scores 1 where the value exceeds 5, else 0. */
    private static AnomalyDetector jumpDetector() {
        return (time, value) -> value > 5 ? 1 : 0;
    }

    @Test
    void run_detectorThatFlagsEachJump_scores100AndWritesOneCsvPerSeries() throws IOException {
        Path out = tmp.resolve("out");

        List<NabResult> results =
                NabRun.over(corpus()).detector(NabRunTest::jumpDetector).output(out).run();

        // Each detection is at its window's first row: S = 2 = S_perfect on every profile.
        assertThat(results).allSatisfy(r -> assertThat(r.score()).isCloseTo(100, within(1e-9)));
        List<String> a = Files.readAllLines(out.resolve("x/a.csv"));
        assertThat(a).hasSize(101);
        assertThat(a.get(0)).isEqualTo("timestamp,value,anomaly_score");
        assertThat(a.get(1)).isEqualTo("2014-04-10 00:00:00,1,0");
        assertThat(a.get(51)).isEqualTo("2014-04-10 00:50:00,9,1");
        assertThat(out.resolve("y/b.csv")).exists();
    }

    @Test
    void run_scoresWithFloatNoise_writtenToSixSignificantDigits() throws IOException {
        Path out = tmp.resolve("out");

        NabRun.over(corpus()).detector(() -> (time, value) -> 0.1 + 0.2).output(out).run();

        List<String> a = Files.readAllLines(out.resolve("x/a.csv"));
        assertThat(a.subList(1, a.size())).allMatch(l -> l.endsWith(",0.3"));
    }

    @Test
    void run_newDetectorPerSeries_andProgressReachesTheTotal() throws IOException {
        List<AnomalyDetector> made = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();

        NabRun.over(corpus())
                .detector(
                        () -> {
                            AnomalyDetector d = new Quiet();
                            made.add(d);
                            return d;
                        })
                .listener((done, total) -> progress.add(new long[] {done, total}))
                .run();

        assertThat(made).hasSize(2).doesNotHaveDuplicates();
        assertThat(progress.get(progress.size() - 1)).containsExactly(200, 200);
    }

    /** Scores every row 0; each instance is a distinct object. */
    private static final class Quiet implements AnomalyDetector {
        @Override
        public double score(double epochSeconds, double value) {
            return 0;
        }
    }

    @Test
    void run_detectorScoreOutsideUnitInterval_failsNamingSeriesAndRow() throws IOException {
        NabRun run = NabRun.over(corpus()).detector(() -> (time, value) -> value > 5 ? 2 : 0);

        assertThatThrownBy(run::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned 2.0 for x/a.csv row 50 (2014-04-10 00:50:00)");
    }

    @Test
    void run_detectorRefusesAValue_failsAsBadInputNamingSeriesLineAndValue() throws IOException {
        NabRun run =
                NabRun.over(corpus())
                        .detector(
                                () ->
                                        (time, value) -> {
                                            if (value > 5) {
                                                throw new IllegalArgumentException("too large");
                                            }
                                            return 0;
                                        });

        assertThatThrownBy(run::run)
                .isInstanceOf(NabCorpusException.class)
                .hasMessage(
                        "x/a.csv: line 52 (2014-04-10 00:50:00): value 9.0 refused by the"
                                + " detector: too large");
    }

    @Test
    void run_withoutDetector_isMisuse() throws IOException {
        assertThatThrownBy(NabRun.over(corpus())::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no detector set");
    }
}
