package io.devopssim.core.autoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MinuteAccumulatorTest {

    private static final Instant ON_MINUTE = Instant.parse("1995-07-01T04:00:00Z");

    @Test
    void add_fifteenSecondSteps_observesEachWholeMinuteAsItsCount() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1);
        MinuteAccumulator minutes = new MinuteAccumulator(forecaster, ON_MINUTE);

        for (int k = 0; k < 12; k++) {
            minutes.add(k * 15.0, k < 4 ? 2.0 : 5.0, 15);
        }

        assertThat(forecaster.minutes)
                .containsExactly(ON_MINUTE, ON_MINUTE.plusSeconds(60), ON_MINUTE.plusSeconds(120));
        assertThat(forecaster.values).containsExactly(120.0, 300.0, 300.0);
        assertThat(minutes.lastObserved()).isEqualTo(2);
    }

    @Test
    void add_startBetweenMinutes_firstPartMinuteIsUnknownAndLaterOnesAligned() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1);
        MinuteAccumulator minutes = new MinuteAccumulator(forecaster, ON_MINUTE.plusSeconds(30));

        for (int k = 0; k < 6; k++) {
            minutes.add(k * 15.0, 1.0, 15);
        }

        assertThat(minutes.offsetSeconds()).isEqualTo(30);
        assertThat(forecaster.minutes).containsExactly(ON_MINUTE, ON_MINUTE.plusSeconds(60));
        assertThat(forecaster.values.get(0)).isNaN();
        assertThat(forecaster.values.get(1)).isEqualTo(60.0);
    }

    @Test
    void add_unknownStretch_makesItsMinuteNaNOnly() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1);
        MinuteAccumulator minutes = new MinuteAccumulator(forecaster, ON_MINUTE);

        for (int k = 0; k < 8; k++) {
            minutes.add(k * 15.0, k == 2 ? Double.NaN : 1.0, 15);
        }

        assertThat(forecaster.values.get(0)).isNaN();
        assertThat(forecaster.values.get(1)).isEqualTo(60.0);
    }

    @Test
    void add_stepsThatStraddleMinutes_splitTheirArrivalsByTime() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1);
        MinuteAccumulator minutes = new MinuteAccumulator(forecaster, ON_MINUTE);

        // 50 s at 1/s, then 50 s at 3/s: minute 0 gets 50 + 10 * 3, minute 1 would get 40 * 3.
        minutes.add(0, 1.0, 50);
        minutes.add(50, 3.0, 50);

        assertThat(forecaster.values).hasSize(1);
        assertThat(forecaster.values.get(0)).isCloseTo(80.0, within(1e-9));
        minutes.add(100, 3.0, 20);
        assertThat(forecaster.values.get(1)).isCloseTo(180.0, within(1e-9));
    }

    @Test
    void add_stepLongerThanAMinute_observesEveryMinuteItCovers() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1);
        MinuteAccumulator minutes = new MinuteAccumulator(forecaster, ON_MINUTE);

        minutes.add(0, 2.0, 300);

        assertThat(forecaster.values).containsExactly(120.0, 120.0, 120.0, 120.0, 120.0);
    }

    @Test
    void add_timeGoingBack_isRefused() {
        MinuteAccumulator minutes = new MinuteAccumulator(new ScriptedForecaster(1), ON_MINUTE);
        minutes.add(120, 1.0, 15);

        assertThatThrownBy(() -> minutes.add(30, 1.0, 15))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time order");
    }
}
