package io.devopssim.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NasaTraceTest {

    private static final ZoneOffset FLORIDA = ZoneOffset.ofHours(-4);
    private static final int ROWS = 81_396;
    private static final int MISSING = 7_884;
    private static final double REQUESTS = 3_461_612;

    private static Path file;
    private static Trace missing;
    private static Trace zero;

    @BeforeAll
    static void load() throws URISyntaxException {
        file = Path.of(NasaTraceTest.class.getResource("/traces/" + fileName()).toURI());
        missing = CsvTraceLoader.load(file, options());
        zero = CsvTraceLoader.load(file, options().withGaps(GapPolicy.ZERO));
    }

    private static String fileName() {
        return "nasa_http_1995_requests_per_minute.csv";
    }

    private static TraceOptions options() {
        return TraceOptions.perMinuteCounts().withZone(FLORIDA);
    }

    private static Instant florida(int month, int day, int hour, int minute) {
        return LocalDateTime.of(1995, month, day, hour, minute).toInstant(FLORIDA);
    }

    private static int minuteIndex(int month, int day, int hour, int minute) {
        Instant start = florida(7, 1, 0, 0);
        return (int)
                ((florida(month, day, hour, minute).getEpochSecond() - start.getEpochSecond())
                        / 60);
    }

    @Test
    void zeroFillUpToAnHour_quietMinutesBecomeZero_outagesStayMissing() {
        Trace trace =
                CsvTraceLoader.load(
                        file, options().withZeroFillUpTo(java.time.Duration.ofHours(1)));

        int nan = 0;
        for (int i = 0; i < trace.intervalCount(); i++) {
            nan += Double.isNaN(trace.rateAtInterval(i)) ? 1 : 0;
        }
        // Of the 198 runs of absent minutes only the two outages (4,947 and 2,263 minutes) are
        // longer than an hour; the longest quiet run is 44 minutes.
        assertThat(nan).isEqualTo(4_947 + 2_263);
        assertThat(trace.gaps()).hasSize(198);
        assertThat(trace.rateAtInterval(minuteIndex(7, 29, 12, 0))).isNaN();
        assertThat(trace.totalRequests()).isEqualTo(REQUESTS);
    }

    @Test
    void negativeZeroFill_isRefused() {
        assertThatThrownBy(
                        () ->
                                CsvTraceLoader.load(
                                        file,
                                        options()
                                                .withZeroFillUpTo(
                                                        java.time.Duration.ofMinutes(-1))))
                .hasMessageContaining("options.zeroFillUpTo")
                .hasMessageContaining("-1");
    }

    @Test
    void intervals_wholeFile_spanRowsPlusMissingMinutes() {
        assertThat(missing.intervalCount()).isEqualTo(ROWS + MISSING).isEqualTo(62 * 1440);
        assertThat(missing.missingIntervals()).isEqualTo(MISSING);
        assertThat(missing.intervalSeconds()).isEqualTo(60.0);
        assertThat(missing.duration()).isEqualTo((ROWS + MISSING) * 60.0);
    }

    @Test
    void missingPolicy_countOfNaNIntervals_equalsMissingMinutes() {
        int nan = 0;
        for (int i = 0; i < missing.intervalCount(); i++) {
            nan += Double.isNaN(missing.rateAtInterval(i)) ? 1 : 0;
        }
        assertThat(nan).isEqualTo(MISSING);
    }

    @Test
    void start_floridaOffset_isFirstRowAtUtcMinusFour() {
        assertThat(missing.start()).isEqualTo(Instant.parse("1995-07-01T04:00:00Z"));
    }

    @Test
    void start_newYorkZone_sameInstantAsOffsetInSummer() {
        Trace newYork =
                CsvTraceLoader.load(file, options().withZone(ZoneId.of("America/New_York")));

        assertThat(newYork.start()).isEqualTo(Instant.parse("1995-07-01T04:00:00Z"));
    }

    @Test
    void start_defaultUtc_isFirstRowAsUtc() {
        Trace utc = CsvTraceLoader.load(file, TraceOptions.perMinuteCounts());

        assertThat(utc.start()).isEqualTo(Instant.parse("1995-07-01T00:00:00Z"));
    }

    @Test
    void gaps_twoLongest_areTheRecorderOutages() {
        List<Trace.Gap> longest =
                missing.gaps().stream()
                        .sorted(Comparator.comparingInt(Trace.Gap::intervals).reversed())
                        .limit(3)
                        .toList();

        assertThat(longest.get(0))
                .isEqualTo(new Trace.Gap(florida(7, 28, 13, 33), florida(8, 1, 0, 0), 4_947));
        assertThat(longest.get(1))
                .isEqualTo(new Trace.Gap(florida(8, 1, 14, 53), florida(8, 3, 4, 36), 2_263));
        assertThat(longest.get(2).intervals()).isEqualTo(44);
    }

    @Test
    void gaps_all_sumToMissingMinutesInTimeOrder() {
        assertThat(missing.gaps()).hasSize(198);
        assertThat(missing.gaps().stream().mapToInt(Trace.Gap::intervals).sum()).isEqualTo(MISSING);
        assertThat(missing.gaps()).isSortedAccordingTo(Comparator.comparing(Trace.Gap::start));
    }

    @Test
    void totalRequests_bothPolicies_sumOfCounts() {
        assertThat(missing.totalRequests()).isEqualTo(REQUESTS);
        assertThat(zero.totalRequests()).isEqualTo(REQUESTS);
    }

    @Test
    void peakRate_busiestMinute_is405PerMinute() {
        assertThat(missing.peakRate()).isEqualTo(405.0 / 60);
        assertThat(missing.rateAtInterval(minuteIndex(7, 13, 9, 49))).isEqualTo(405.0 / 60);
    }

    @Test
    void meanRate_missingPolicy_averagesPresentMinutesOnly() {
        assertThat(missing.meanRate() * 60).isCloseTo(REQUESTS / ROWS, within(1e-9));
        assertThat(missing.meanRate() * 60).isCloseTo(42.53, within(0.005));
    }

    @Test
    void meanRate_zeroPolicy_averagesWholeSpan() {
        assertThat(zero.meanRate() * 60).isCloseTo(REQUESTS / (ROWS + MISSING), within(1e-9));
        assertThat(zero.meanRate() * 60).isCloseTo(38.8, within(0.05));
    }

    @Test
    void rate_insideOutage_nanWhenMissingZeroWhenZero() {
        double t = minuteIndex(7, 30, 12, 0) * 60.0 + 30;

        assertThat(missing.rate(t)).isNaN();
        assertThat(zero.rate(t)).isZero();
        assertThat(zero.missingIntervals()).isEqualTo(MISSING);
        assertThat(zero.gaps()).isEqualTo(missing.gaps());
    }

    @Test
    void rate_firstMinute_isFirstRowCountPerSecond() {
        assertThat(missing.rate(0)).isEqualTo(42.0 / 60);
        assertThat(missing.rate(59.999)).isEqualTo(42.0 / 60);
        assertThat(missing.rate(60)).isEqualTo(61.0 / 60);
    }

    @Test
    void rate_lastMinuteAndBeyond_lastRowThenNaN() {
        double end = missing.duration();

        assertThat(missing.rate(end - 1)).isEqualTo(22.0 / 60);
        assertThat(missing.rate(end)).isNaN();
    }

    @Test
    void compression_sixty_keepsRequestsAndMultipliesRates() {
        Trace fast = CsvTraceLoader.load(file, options().withTimeCompression(60));

        assertThat(fast.intervalSeconds()).isEqualTo(1.0);
        assertThat(fast.duration()).isEqualTo(ROWS + MISSING);
        assertThat(fast.peakRate()).isEqualTo(405.0);
        assertThat(fast.rate(0.5)).isEqualTo(42.0);
        assertThat(fast.totalRequests()).isEqualTo(REQUESTS);
        assertThat(fast.start()).isEqualTo(missing.start());
    }

    @Test
    void scale_two_doublesRatesAndRequests() {
        Trace doubled = CsvTraceLoader.load(file, options().withScale(2));

        assertThat(doubled.peakRate()).isEqualTo(2 * 405.0 / 60);
        assertThat(doubled.totalRequests()).isEqualTo(2 * REQUESTS);
        assertThat(doubled.intervalSeconds()).isEqualTo(60.0);
    }
}
