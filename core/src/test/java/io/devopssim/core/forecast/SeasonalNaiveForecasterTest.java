package io.devopssim.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeasonalNaiveForecasterTest {

    private static final Instant MIDNIGHT = Instant.parse("1995-07-01T04:00:00Z");

    /** Feeds {@code minutes} minutes from {@code from}, minute i having i requests. */
    private static void feed(LoadForecaster f, Instant from, int minutes) {
        for (int i = 0; i < minutes; i++) {
            f.observe(from.plusSeconds(60L * i), i);
        }
    }

    @Test
    void forecast_afterADay_returnsTheSameMinuteOneDayEarlier() {
        SeasonalNaiveForecaster f = SeasonalNaiveForecaster.daily();
        feed(f, MIDNIGHT, 1440 + 100);

        // Last seen: minute 1539, i.e. 01:39 on day two. 5 minutes ahead is 01:44 on day two,
        // whose value one day earlier was minute 104.
        assertThat(f.forecast(5)).isEqualTo(104);
        assertThat(f.forecast(60)).isEqualTo(159);
    }

    @Test
    void forecast_lessThanASeasonOfHistory_isNaN() {
        SeasonalNaiveForecaster f = SeasonalNaiveForecaster.daily();
        assertThat(f.forecast(1)).isNaN();

        feed(f, MIDNIGHT, 1400);

        assertThat(f.forecast(1)).isNaN();
        assertThat(f.forecast(60)).isEqualTo(19);
    }

    @Test
    void forecast_sameMinuteADayEarlierWasAGap_isNaN() {
        SeasonalNaiveForecaster f = SeasonalNaiveForecaster.of(Duration.ofMinutes(10), 1, 2);
        for (int i = 0; i < 15; i++) {
            f.observe(MIDNIGHT.plusSeconds(60L * i), i == 6 ? Double.NaN : i);
        }

        // Last seen: minute 14; 1 ahead is minute 15 -> minute 5; 2 ahead -> minute 6 (a gap).
        assertThat(f.forecast(1)).isEqualTo(5);
        assertThat(f.forecast(2)).isNaN();
    }

    @Test
    void forecast_minutesSkippedInTheFeed_areNotMistakenForOlderOnes() {
        SeasonalNaiveForecaster f = SeasonalNaiveForecaster.of(Duration.ofMinutes(10), 1, 2);
        feed(f, MIDNIGHT, 10);
        f.observe(MIDNIGHT.plusSeconds(60L * 25), 99);

        // Minute 26 one season earlier is minute 16, never seen; its slot holds minute 6.
        assertThat(f.forecast(1)).isNaN();
    }

    @Test
    void observe_minuteNotAfterTheLast_isRefused() {
        SeasonalNaiveForecaster f = SeasonalNaiveForecaster.daily();
        f.observe(MIDNIGHT.plusSeconds(60), 1);

        assertThatThrownBy(() -> f.observe(MIDNIGHT, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after the last observed minute");
    }

    @Test
    void observe_negativeOrInfiniteCount_isRefused() {
        SeasonalNaiveForecaster f = SeasonalNaiveForecaster.daily();

        assertThatThrownBy(() -> f.observe(MIDNIGHT, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was -1.0");
        assertThatThrownBy(() -> f.observe(MIDNIGHT, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forecast_notAHorizon_isRefusedNamingTheHorizons() {
        SeasonalNaiveForecaster f = SeasonalNaiveForecaster.of(Duration.ofHours(1), 1, 5);

        assertThatThrownBy(() -> f.forecast(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[1, 5]")
                .hasMessageContaining("was 3");
    }

    @Test
    void of_invalidSeasonOrHorizons_isRefused() {
        assertThatThrownBy(() -> SeasonalNaiveForecaster.of(Duration.ofSeconds(90), 1))
                .hasMessageContaining("whole number of minutes");
        assertThatThrownBy(() -> SeasonalNaiveForecaster.of(Duration.ofMinutes(10), 5, 1))
                .hasMessageContaining("must increase");
        assertThatThrownBy(() -> SeasonalNaiveForecaster.of(Duration.ofMinutes(10), 11))
                .hasMessageContaining("1 .. 10");
        assertThatThrownBy(() -> SeasonalNaiveForecaster.of(Duration.ofMinutes(10)))
                .hasMessageContaining("must not be empty");
    }

    @Test
    void horizons_isACopy() {
        SeasonalNaiveForecaster f = SeasonalNaiveForecaster.daily();
        f.horizons()[0] = 99;

        assertThat(f.horizons()[0]).isEqualTo(1);
        assertThat(f.seasonMinutes()).isEqualTo(1440);
    }
}
