package io.devopssim.ml.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ForecastFeaturesTest {

    // a Wednesday
    private static final Instant START = Instant.parse("2024-03-06T00:00:00Z");

    private static LoadForecastModel fixedModel(FixedEngine engine) {
        ObjectNode normalisation = new ObjectMapper().createObjectNode();
        normalisation.putArray("horizons").add(1).add(5).add(15);
        normalisation.put("levelMinutes", 60);
        normalisation.put("zeroFillUpToMinutes", 60);
        return LoadForecastModel.of(
                engine, ForecastFeatures.NAMES, OptionalInt.of(1500), normalisation);
    }

    @Test
    void row_afterTwoHoursAtThirtyThenSixty_holdsTheHandComputedRatios() {
        FixedEngine engine = new FixedEngine(17, 2, 1, 0.5f);
        TreeLoadForecaster forecaster = fixedModel(engine).forecaster(ZoneOffset.ofHours(2));
        for (int i = 0; i < 120; i++) {
            forecaster.observe(START.plus(Duration.ofMinutes(i)), i < 110 ? 30 : 60);
        }

        double forecast = forecaster.forecast(1);

        // last hour: 50 minutes at 30 and 10 at 60 -> level 35
        float[] row = engine.lastRow;
        assertThat(row[0]).isEqualTo((float) (60.0 / 35));
        assertThat(row[5]).isEqualTo((float) (60.0 / 35));
        assertThat(row[6]).isEqualTo((float) ((10 * 60 + 5 * 30) / 15.0 / 35));
        assertThat(row[7]).isEqualTo((float) (60.0 / 35));
        assertThat(row[8]).isEqualTo((float) (30.0 / 35));
        assertThat(row[9]).isEqualTo((float) (30.0 / 35));
        for (int i = 10; i < 15; i++) {
            assertThat(row[i]).as("day-ago feature %d", i).isNaN();
        }
        // last minute 01:59 UTC is 03:59 at +02:00, on a Wednesday (2)
        assertThat(row[15]).isEqualTo((float) (239 / 60.0));
        assertThat(row[16]).isEqualTo(2f);
        assertThat(forecast).isEqualTo(2 * 35.0);
        assertThat(forecaster.forecast(15)).isEqualTo(0.5 * 35.0);
    }

    @Test
    void row_afterADayAndAnHour_fillsTheDayAgoFeatures() {
        FixedEngine engine = new FixedEngine(17, 1, 1, 1);
        TreeLoadForecaster forecaster = fixedModel(engine).forecaster();
        for (int i = 0; i < 1500; i++) {
            // 20 requests a minute for the first day's first 75 minutes, then 40
            forecaster.observe(START.plus(Duration.ofMinutes(i)), i < 75 ? 20 : 40);
        }

        forecaster.forecast(1);

        // latest minute 1499; a day earlier is minute 59, the next 15 minutes are 60..74
        float[] row = engine.lastRow;
        assertThat(row[10]).isEqualTo(0.5f);
        assertThat(row[12]).isEqualTo(0.5f);
        assertThat(row[13]).isEqualTo(0.5f);
        assertThat(row[14]).isEqualTo(0.5f);
    }

    @Test
    void forecast_negativeModelOutput_isClampedToZero() {
        TreeLoadForecaster forecaster = fixedModel(new FixedEngine(17, -1, 1, 1)).forecaster();
        for (int i = 0; i < 60; i++) {
            forecaster.observe(START.plus(Duration.ofMinutes(i)), 10);
        }

        assertThat(forecaster.forecast(1)).isZero();
        assertThat(forecaster.forecast(5)).isEqualTo(10.0);
    }
}
