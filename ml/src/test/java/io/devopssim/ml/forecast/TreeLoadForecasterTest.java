package io.devopssim.ml.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TreeLoadForecasterTest {

    private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    private static LoadForecastModel model;

    @BeforeAll
    static void load() {
        model = LoadForecastModel.bundled();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Instant minute(long i) {
        return START.plus(Duration.ofMinutes(i));
    }

    private static TreeLoadForecaster fed(long minutes, long seed, double scale) {
        TreeLoadForecaster forecaster = model.forecaster(ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(seed);
        for (long i = 0; i < minutes; i++) {
            forecaster.observe(minute(i), scale * (20 + random.nextInt(40)));
        }
        return forecaster;
    }

    @Test
    void forecast_lessThanAnHourObserved_isNaN() {
        TreeLoadForecaster forecaster = fed(59, 1, 1);

        assertThat(forecaster.forecast(1)).isNaN();
        assertThat(forecaster.forecast(15)).isNaN();
    }

    @Test
    void forecast_anHourObserved_isNearTheHoursLevel() {
        TreeLoadForecaster forecaster = fed(60, 1, 1);

        for (int h : forecaster.horizons()) {
            assertThat(forecaster.forecast(h)).isBetween(20.0, 60.0);
        }
    }

    @Test
    void forecast_seriesTimesTen_isTenTimesTheForecast() {
        TreeLoadForecaster small = fed(2000, 7, 1);
        TreeLoadForecaster large = fed(2000, 7, 10);

        for (int h : small.horizons()) {
            assertThat(large.forecast(h)).isCloseTo(10 * small.forecast(h), within(1e-9));
        }
    }

    @Test
    void forecast_silentHour_isZero() {
        TreeLoadForecaster forecaster = model.forecaster();
        for (int i = 0; i < 60; i++) {
            forecaster.observe(minute(i), 0);
        }

        assertThat(forecaster.forecast(5)).isZero();
    }

    @Test
    void observe_shortSkip_readsSkippedMinutesAsZero() {
        TreeLoadForecaster skipping = fed(120, 3, 1);
        TreeLoadForecaster explicit = fed(120, 3, 1);

        skipping.observe(minute(130), 40);
        for (int i = 120; i < 130; i++) {
            explicit.observe(minute(i), 0);
        }
        explicit.observe(minute(130), 40);

        assertThat(skipping.forecast(5)).isEqualTo(explicit.forecast(5)).isFinite();
    }

    @Test
    void observe_skipLongerThanAnHour_isAGapUntilAnHourIsKnownAgain() {
        TreeLoadForecaster forecaster = fed(120, 3, 1);
        forecaster.observe(minute(120 + 61), 40);
        assertThat(forecaster.forecast(1)).isNaN();

        for (int i = 182; i < 182 + 59; i++) {
            forecaster.observe(minute(i), 40);
        }
        assertThat(forecaster.forecast(1)).isGreaterThan(0);
    }

    @Test
    void observe_nanMinute_blocksForecastsForAnHour() {
        TreeLoadForecaster forecaster = fed(120, 3, 1);
        forecaster.observe(minute(120), Double.NaN);
        for (int i = 121; i < 180; i++) {
            forecaster.observe(minute(i), 30);
        }
        assertThat(forecaster.forecast(1)).isNaN();

        forecaster.observe(minute(180), 30);
        assertThat(forecaster.forecast(1)).isPositive();
    }

    @Test
    void observe_badRateOrOrder_isRejectedWithTheValue() {
        TreeLoadForecaster forecaster = fed(2, 3, 1);

        assertThatThrownBy(() -> forecaster.observe(minute(5), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> forecaster.observe(minute(6), Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> forecaster.observe(minute(1), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not at least a minute after");
    }

    @Test
    void forecast_unknownHorizon_namesTheHorizons() {
        TreeLoadForecaster forecaster = fed(60, 1, 1);

        assertThatThrownBy(() -> forecaster.forecast(10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10")
                .hasMessageContaining("[1, 5, 15]");
    }

    @Test
    void horizons_always_areOneFiveFifteenAndACopy() {
        TreeLoadForecaster forecaster = model.forecaster();
        forecaster.horizons()[0] = 99;

        assertThat(forecaster.horizons()).containsExactly(1, 5, 15);
    }

    @Test
    void of_metadataOfAnotherModel_listsEveryProblem() {
        ObjectNode normalisation = new ObjectMapper().createObjectNode();
        normalisation.putArray("horizons").add(1).add(10);

        assertThatThrownBy(
                        () ->
                                LoadForecastModel.of(
                                        new FixedEngine(17, 1, 1, 1),
                                        List.of("a", "b"),
                                        OptionalInt.of(60),
                                        normalisation))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("features is [a, b]")
                .hasMessageContaining("window is 60; expected 1500")
                .hasMessageContaining("normalisation.horizons is [1,10]")
                .hasMessageContaining("levelMinutes")
                .hasMessageContaining("zeroFillUpToMinutes");
    }
}
