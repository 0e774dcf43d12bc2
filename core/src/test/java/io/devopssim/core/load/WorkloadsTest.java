package io.devopssim.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadsTest {

    private static final double HOUR = 3_600;
    private static final double DAY = 86_400;

    @TempDir Path dir;

    private static InvalidInputException failure(ThrowingCallable call) {
        return catchThrowableOfType(InvalidInputException.class, call);
    }

    @Test
    void constant_anyTime_sameRateForever() {
        Workload load = Workloads.constant(12.5);

        assertThat(load.rate(0)).isEqualTo(12.5);
        assertThat(load.rate(7 * DAY)).isEqualTo(12.5);
        assertThat(load.duration()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void diurnal_atPeakHour_meanTimesOnePlusAmplitude() {
        Workload load = Workloads.diurnal(100, 0.4, 14);

        assertThat(load.rate(14 * HOUR)).isEqualTo(140.0);
        assertThat(load.rate(3 * DAY + 14 * HOUR)).isCloseTo(140.0, within(1e-9));
    }

    @Test
    void diurnal_twelveHoursFromPeak_meanTimesOneMinusAmplitude() {
        Workload load = Workloads.diurnal(100, 0.4, 14);

        assertThat(load.rate(2 * HOUR)).isCloseTo(60.0, within(1e-9));
        assertThat(load.rate(26 * HOUR)).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void diurnal_sixHoursFromPeak_mean() {
        Workload load = Workloads.diurnal(100, 0.4, 14);

        assertThat(load.rate(8 * HOUR)).isCloseTo(100.0, within(1e-9));
        assertThat(load.rate(20 * HOUR)).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void diurnal_fullAmplitude_troughIsZeroAndDailyMeanIsMean() {
        Workload load = Workloads.diurnal(50, 1, 0);
        double sum = 0;
        for (int minute = 0; minute < 1440; minute++) {
            sum += load.rate(minute * 60.0);
        }

        assertThat(load.rate(0)).isEqualTo(100.0);
        assertThat(load.rate(12 * HOUR)).isCloseTo(0.0, within(1e-9));
        assertThat(sum / 1440).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void diurnal_zeroAmplitude_flat() {
        Workload load = Workloads.diurnal(30, 0, 9.5);

        assertThat(load.rate(0)).isEqualTo(30.0);
        assertThat(load.rate(5 * HOUR)).isEqualTo(30.0);
    }

    @Test
    void step_beforeAtAndAfter_switchesAtStepTime() {
        Workload load = Workloads.step(10, 50, 600);

        assertThat(load.rate(0)).isEqualTo(10.0);
        assertThat(load.rate(599.999)).isEqualTo(10.0);
        assertThat(load.rate(600)).isEqualTo(50.0);
        assertThat(load.rate(DAY)).isEqualTo(50.0);
        assertThat(load.duration()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void spike_window_startInclusiveEndExclusive() {
        Workload load = Workloads.spike(5, 80, 1_000, 300);

        assertThat(load.rate(999.9)).isEqualTo(5.0);
        assertThat(load.rate(1_000)).isEqualTo(80.0);
        assertThat(load.rate(1_299.9)).isEqualTo(80.0);
        assertThat(load.rate(1_300)).isEqualTo(5.0);
        assertThat(load.duration()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void constant_negativeOrNotFinite_rejectedWithValue() {
        assertThat(failure(() -> Workloads.constant(-1)).problems())
                .containsExactly(
                        new Problem(
                                "rps",
                                "was -1.0; expected a finite rate in requests/s, at least 0"));
        assertThat(failure(() -> Workloads.constant(Double.NaN)).problems())
                .containsExactly(
                        new Problem(
                                "rps",
                                "was NaN; expected a finite rate in requests/s, at least 0"));
        assertThat(failure(() -> Workloads.constant(Double.POSITIVE_INFINITY)).source())
                .isEqualTo("constant load");
    }

    @Test
    void diurnal_everyParameterBad_reportsAllThree() {
        InvalidInputException e = failure(() -> Workloads.diurnal(Double.NaN, 1.5, 24));

        assertThat(e.source()).isEqualTo("diurnal load");
        assertThat(e.problems())
                .containsExactly(
                        new Problem(
                                "meanRps",
                                "was NaN; expected a finite rate in requests/s, at least 0"),
                        new Problem("amplitude", "was 1.5; expected a value in [0, 1]"),
                        new Problem("peakHour", "was 24.0; expected an hour in [0, 24)"));
    }

    @Test
    void diurnal_negativeAmplitudeAndHour_rejected() {
        InvalidInputException e = failure(() -> Workloads.diurnal(10, -0.1, -1));

        assertThat(e.problems())
                .containsExactly(
                        new Problem("amplitude", "was -0.1; expected a value in [0, 1]"),
                        new Problem("peakHour", "was -1.0; expected an hour in [0, 24)"));
    }

    @Test
    void step_negativeRatesAndTime_rejected() {
        InvalidInputException e = failure(() -> Workloads.step(-1, Double.NaN, -5));

        assertThat(e.source()).isEqualTo("step load");
        assertThat(e.problems())
                .containsExactly(
                        new Problem(
                                "beforeRps",
                                "was -1.0; expected a finite rate in requests/s, at least 0"),
                        new Problem(
                                "afterRps",
                                "was NaN; expected a finite rate in requests/s, at least 0"),
                        new Problem(
                                "atSeconds",
                                "was -5.0; expected a finite number of seconds, at least 0"));
    }

    @Test
    void spike_nonPositiveDuration_rejected() {
        InvalidInputException zero = failure(() -> Workloads.spike(1, 2, 10, 0));
        InvalidInputException nan = failure(() -> Workloads.spike(1, 2, 10, Double.NaN));

        assertThat(zero.source()).isEqualTo("spike load");
        assertThat(zero.problems())
                .containsExactly(
                        new Problem(
                                "durationSeconds",
                                "was 0.0; expected a finite number of seconds more than 0"));
        assertThat(nan.problems().get(0).message()).startsWith("was NaN;");
    }

    @Test
    void spike_negativeRatesAndStart_rejected() {
        InvalidInputException e = failure(() -> Workloads.spike(-1, -2, -3, -4));

        assertThat(e.problems())
                .extracting(Problem::path)
                .containsExactly("baseRps", "peakRps", "startSeconds", "durationSeconds");
    }

    @Test
    void open_syntheticSpecs_sameAsFactories() {
        Path base = dir;

        assertThat(Workloads.open(new LoadSpec.Constant(3), base).rate(10)).isEqualTo(3.0);
        assertThat(Workloads.open(new LoadSpec.Diurnal(10, 0.5, 6), base).rate(6 * HOUR))
                .isEqualTo(15.0);
        assertThat(Workloads.open(new LoadSpec.Step(1, 2, 5), base).rate(5)).isEqualTo(2.0);
        assertThat(Workloads.open(new LoadSpec.Spike(1, 9, 5, 1), base).rate(5.5)).isEqualTo(9.0);
    }

    @Test
    void open_badSyntheticSpec_throwsInvalidInput() {
        InvalidInputException e =
                failure(() -> Workloads.open(new LoadSpec.Diurnal(10, 2, 6), dir));

        assertThat(e.problems())
                .containsExactly(new Problem("amplitude", "was 2.0; expected a value in [0, 1]"));
    }

    @Test
    void open_relativeTracePath_resolvedAgainstBaseDir() throws IOException {
        Files.createDirectories(dir.resolve("traces"));
        Files.writeString(dir.resolve("traces/t.csv"), "minute,count\n2024-03-01 10:00:00,120\n");

        Workload load =
                Workloads.open(
                        new LoadSpec.Trace("traces/t.csv", TraceOptions.perMinuteCounts()), dir);

        assertThat(load).isInstanceOf(Trace.class);
        assertThat(load.rate(30)).isEqualTo(2.0);
        assertThat(load.duration()).isEqualTo(60.0);
    }

    @Test
    void open_absoluteTracePath_usedAsIs() throws IOException {
        Path file =
                Files.writeString(dir.resolve("a.csv"), "minute,count\n2024-03-01 10:00:00,6\n");

        Workload load =
                Workloads.open(
                        new LoadSpec.Trace(file.toString(), TraceOptions.perMinuteCounts()),
                        Path.of("/elsewhere"));

        assertThat(load.rate(0)).isEqualTo(0.1);
    }

    @Test
    void open_missingRelativeTrace_namesResolvedPath() {
        InvalidInputException e =
                failure(
                        () ->
                                Workloads.open(
                                        new LoadSpec.Trace(
                                                "missing.csv", TraceOptions.perMinuteCounts()),
                                        dir));

        Path expected = dir.resolve("missing.csv");
        assertThat(e.source()).isEqualTo(expected.toString());
        assertThat(e.problems())
                .containsExactly(
                        new Problem("", "file " + expected.toAbsolutePath() + " does not exist"));
    }

    @Test
    void open_invalidPathText_reportedAsFileProblem() {
        InvalidInputException e =
                failure(
                        () ->
                                Workloads.open(
                                        new LoadSpec.Trace(
                                                "bad\0name", TraceOptions.perMinuteCounts()),
                                        dir));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("file");
        assertThat(e.problems().get(0).message()).startsWith("'bad\0name' is not a valid path");
    }
}
