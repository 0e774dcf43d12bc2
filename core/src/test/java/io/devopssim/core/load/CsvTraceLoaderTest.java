package io.devopssim.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTraceLoaderTest {

    private static final String FIVE_MINUTES =
            "minute,count\n"
                    + "2024-03-01 10:00:00,600\n"
                    + "2024-03-01 10:01:00,120\n"
                    + "2024-03-01 10:04:00,60\n";

    @TempDir Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("trace.csv"), content, StandardCharsets.UTF_8);
    }

    private Trace load(String content, TraceOptions options) throws IOException {
        return CsvTraceLoader.load(write(content), options);
    }

    @Test
    void load_perMinuteCounts_ratesAreCountsOverSixty() throws IOException {
        Trace trace = load(FIVE_MINUTES, TraceOptions.perMinuteCounts());

        assertThat(trace.intervalCount()).isEqualTo(5);
        assertThat(trace.rateAtInterval(0)).isEqualTo(10.0);
        assertThat(trace.rateAtInterval(1)).isEqualTo(2.0);
        assertThat(trace.rateAtInterval(4)).isEqualTo(1.0);
        assertThat(trace.start()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(trace.resolution()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void load_missingPolicy_gapIsNaNAndReported() throws IOException {
        Trace trace = load(FIVE_MINUTES, TraceOptions.perMinuteCounts());

        assertThat(trace.rateAtInterval(2)).isNaN();
        assertThat(trace.rateAtInterval(3)).isNaN();
        assertThat(trace.missingIntervals()).isEqualTo(2);
        assertThat(trace.gaps())
                .containsExactly(
                        new Trace.Gap(
                                Instant.parse("2024-03-01T10:02:00Z"),
                                Instant.parse("2024-03-01T10:04:00Z"),
                                2));
        assertThat(trace.gaps().get(0).length()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void load_zeroPolicy_gapIsZeroButStillReported() throws IOException {
        Trace trace = load(FIVE_MINUTES, TraceOptions.perMinuteCounts().withGaps(GapPolicy.ZERO));

        assertThat(trace.rateAtInterval(2)).isZero();
        assertThat(trace.rate(150)).isZero();
        assertThat(trace.missingIntervals()).isEqualTo(2);
        assertThat(trace.meanRate()).isEqualTo((10.0 + 2.0 + 1.0) / 5);
    }

    @Test
    void summary_missingPolicy_overPresentIntervals() throws IOException {
        Trace trace = load(FIVE_MINUTES, TraceOptions.perMinuteCounts());

        assertThat(trace.totalRequests()).isEqualTo(780.0);
        assertThat(trace.peakRate()).isEqualTo(10.0);
        assertThat(trace.meanRate()).isEqualTo((10.0 + 2.0 + 1.0) / 3);
    }

    @Test
    void rate_stepFunction_constantWithinIntervalNaNOutside() throws IOException {
        Trace trace = load(FIVE_MINUTES, TraceOptions.perMinuteCounts());

        assertThat(trace.rate(0)).isEqualTo(10.0);
        assertThat(trace.rate(59.9)).isEqualTo(10.0);
        assertThat(trace.rate(60)).isEqualTo(2.0);
        assertThat(trace.rate(130)).isNaN();
        assertThat(trace.rate(299.9)).isEqualTo(1.0);
        assertThat(trace.rate(300)).isNaN();
        assertThat(trace.rate(-1)).isNaN();
        assertThat(trace.rate(Double.NaN)).isNaN();
        assertThat(trace.duration()).isEqualTo(300.0);
    }

    @Test
    void rateAtInterval_outOfRange_throws() throws IOException {
        Trace trace = load(FIVE_MINUTES, TraceOptions.perMinuteCounts());

        assertThatThrownBy(() -> trace.rateAtInterval(5))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> trace.rateAtInterval(-1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void scale_half_halvesRatesAndRequests() throws IOException {
        Trace trace = load(FIVE_MINUTES, TraceOptions.perMinuteCounts().withScale(0.5));

        assertThat(trace.rateAtInterval(0)).isEqualTo(5.0);
        assertThat(trace.totalRequests()).isEqualTo(390.0);
        assertThat(trace.peakRate()).isEqualTo(5.0);
        assertThat(trace.intervalSeconds()).isEqualTo(60.0);
    }

    @Test
    void compression_four_shortensIntervalsAndKeepsRequests() throws IOException {
        Trace trace = load(FIVE_MINUTES, TraceOptions.perMinuteCounts().withTimeCompression(4));

        assertThat(trace.intervalSeconds()).isEqualTo(15.0);
        assertThat(trace.duration()).isEqualTo(75.0);
        assertThat(trace.rateAtInterval(0)).isEqualTo(40.0);
        assertThat(trace.rate(16)).isEqualTo(8.0);
        assertThat(trace.totalRequests()).isEqualTo(780.0);
        assertThat(trace.gaps().get(0).start()).isEqualTo(Instant.parse("2024-03-01T10:02:00Z"));
    }

    @Test
    void scaleAndCompression_combined_multiply() throws IOException {
        Trace trace =
                load(
                        FIVE_MINUTES,
                        TraceOptions.perMinuteCounts().withScale(3).withTimeCompression(2));

        assertThat(trace.rateAtInterval(1)).isEqualTo(2.0 * 3 * 2);
        assertThat(trace.totalRequests()).isEqualTo(780.0 * 3);
        assertThat(trace.intervalSeconds()).isEqualTo(30.0);
    }

    @Test
    void perSecondUnit_valuesAreRates() throws IOException {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withColumns("t", "rps")
                        .withTimestampFormat("epoch-s", ZoneOffset.UTC)
                        .withResolution(Duration.ofSeconds(10), TraceOptions.ValueUnit.PER_SECOND);

        Trace trace = load("t,rps\n1700000000,2.5\n1700000010,4\n", options);

        assertThat(trace.rateAtInterval(0)).isEqualTo(2.5);
        assertThat(trace.rateAtInterval(1)).isEqualTo(4.0);
        assertThat(trace.totalRequests()).isEqualTo(65.0);
        assertThat(trace.start()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void perSecondUnit_compression_multipliesRate() throws IOException {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withResolution(Duration.ofMinutes(1), TraceOptions.ValueUnit.PER_SECOND)
                        .withTimeCompression(2);

        Trace trace = load("minute,count\n2024-03-01 10:00:00,3\n", options);

        assertThat(trace.rateAtInterval(0)).isEqualTo(6.0);
        assertThat(trace.totalRequests()).isEqualTo(180.0);
    }

    @Test
    void epochMillis_wholeAndDecimal_parsed() throws IOException {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withTimestampFormat("epoch-ms", ZoneOffset.UTC)
                        .withResolution(
                                Duration.ofMillis(500), TraceOptions.ValueUnit.COUNT_PER_INTERVAL);

        Trace trace = load("minute,count\n1000,1\n1500.0,2\n2000,3\n", options);

        assertThat(trace.start()).isEqualTo(Instant.ofEpochSecond(1));
        assertThat(trace.intervalCount()).isEqualTo(3);
        assertThat(trace.rateAtInterval(1)).isEqualTo(4.0);
    }

    @Test
    void epochSeconds_decimal_parsedToNanos() throws IOException {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withTimestampFormat("epoch-s", ZoneOffset.UTC)
                        .withResolution(
                                Duration.ofMillis(250), TraceOptions.ValueUnit.COUNT_PER_INTERVAL);

        Trace trace = load("minute,count\n10.25,1\n10.75,1\n", options);

        assertThat(trace.start()).isEqualTo(Instant.ofEpochSecond(10, 250_000_000));
        assertThat(trace.intervalCount()).isEqualTo(3);
        assertThat(trace.missingIntervals()).isEqualTo(1);
    }

    @Test
    void datePattern_withoutTime_meansMidnightInZone() throws IOException {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withColumns("day", "requests")
                        .withTimestampFormat("dd.MM.yyyy", ZoneId.of("Europe/Berlin"))
                        .withResolution(
                                Duration.ofDays(1), TraceOptions.ValueUnit.COUNT_PER_INTERVAL);

        Trace trace = load("day,requests\n01.07.2024,86400\n02.07.2024,172800\n", options);

        assertThat(trace.start()).isEqualTo(Instant.parse("2024-06-30T22:00:00Z"));
        assertThat(trace.rateAtInterval(1)).isEqualTo(2.0);
    }

    @Test
    void formatterPattern_textMonths_parsedInZone() throws IOException {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withTimestampFormat("dd/MMM/yyyy:HH:mm:ss", ZoneOffset.ofHours(-4));

        Trace trace =
                load("minute,count\n01/Jul/1995:00:00:00,6\n01/Jul/1995:00:01:00,12\n", options);

        assertThat(trace.start()).isEqualTo(Instant.parse("1995-07-01T04:00:00Z"));
        assertThat(trace.rateAtInterval(1)).isEqualTo(0.2);
    }

    @Test
    void formatterPattern_withOffsetInText_usesParsedOffset() throws IOException {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withTimestampFormat("yyyy-MM-dd'T'HH:mm:ssXXX", ZoneOffset.UTC);

        Trace trace = load("minute,count\n2024-03-01T10:00:00+02:00,6\n", options);

        assertThat(trace.start()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
    }

    @Test
    void regionZone_acrossDaylightSavingStart_staysOnGrid() throws IOException {
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withZone(ZoneId.of("America/New_York"))
                        .withResolution(
                                Duration.ofHours(1), TraceOptions.ValueUnit.COUNT_PER_INTERVAL);

        Trace trace =
                load("minute,count\n2024-03-10 01:00:00,3600\n2024-03-10 03:00:00,7200\n", options);

        assertThat(trace.start()).isEqualTo(Instant.parse("2024-03-10T06:00:00Z"));
        assertThat(trace.intervalCount()).isEqualTo(2);
        assertThat(trace.missingIntervals()).isZero();
    }

    @Test
    void csvDetails_bomQuotesExtraColumnsCrlfAndBlankLines_accepted() throws IOException {
        String content =
                "\uFEFFhost,count,minute\r\n"
                        + "a,\"60\",\"2024-03-01 10:00:00\"\r\n"
                        + "\r\n"
                        + " b , 120 , 2024-03-01 10:01:00 \r\n"
                        + "\r\n";

        Trace trace = load(content, TraceOptions.perMinuteCounts());

        assertThat(trace.intervalCount()).isEqualTo(2);
        assertThat(trace.rateAtInterval(0)).isEqualTo(1.0);
        assertThat(trace.rateAtInterval(1)).isEqualTo(2.0);
    }

    @Test
    void load_singleRow_oneInterval() throws IOException {
        Trace trace = load("minute,count\n2024-03-01 10:00:00,0\n", TraceOptions.perMinuteCounts());

        assertThat(trace.intervalCount()).isEqualTo(1);
        assertThat(trace.peakRate()).isZero();
        assertThat(trace.meanRate()).isZero();
        assertThat(trace.gaps()).isEmpty();
    }

    @Test
    void load_manyRows_growsBuffersAndKeepsEveryRow() throws IOException {
        StringBuilder content = new StringBuilder("t,v\n");
        for (int i = 0; i < 5_000; i++) {
            content.append(i * 2).append(',').append(i).append('\n');
        }
        TraceOptions options =
                TraceOptions.perMinuteCounts()
                        .withColumns("t", "v")
                        .withTimestampFormat("epoch-s", ZoneOffset.UTC)
                        .withResolution(
                                Duration.ofSeconds(1), TraceOptions.ValueUnit.COUNT_PER_INTERVAL);

        Trace trace = load(content.toString(), options);

        assertThat(trace.intervalCount()).isEqualTo(9_999);
        assertThat(trace.missingIntervals()).isEqualTo(4_999);
        assertThat(trace.gaps()).hasSize(4_999);
        assertThat(trace.totalRequests()).isEqualTo(4_999.0 * 5_000 / 2);
        assertThat(trace.rate(9_998.5)).isEqualTo(4_999.0);
        assertThat(trace.meanRate()).isCloseTo(2_499.5, within(1e-9));
    }
}
