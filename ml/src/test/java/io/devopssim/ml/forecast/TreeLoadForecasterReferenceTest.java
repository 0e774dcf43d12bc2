package io.devopssim.ml.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.ml.ModelRegistry;
import io.devopssim.ml.ReferenceCheck;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the Java forecaster with the forecasts the Python pipeline recorded on a stretch of the
 * NASA trace (1995-08-01 00:00 to 08-05 12:00, both outages' edges included).
 *
 * <p>Tolerance: features are bit-identical by construction (ratios of exact integer sums, one
 * division, then float32), and base_score is folded into the first tree's leaves so ONNX Runtime
 * adds leaves in XGBoost's float32 order. What remains is the float32 summation of about 100 leaves
 * per output; 1e-5 relative bounds that (100 additions times float32's 6e-8) and is far below the
 * error any tree-path flip would cause (a different leaf moves an output by 1e-3 or more).
 */
class TreeLoadForecasterReferenceTest {

    private static final ZoneOffset NASA = ZoneOffset.ofHours(-4);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final double TOLERANCE = 1e-5;

    private static LoadForecastModel model;

    @BeforeAll
    static void load() {
        model = LoadForecastModel.bundled();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void forecaster_nasaStretch_matchesPythonRawOutputsAndForecasts() throws IOException {
        Map<Instant, double[]> python = pythonForecasts();
        TreeLoadForecaster forecaster = model.forecaster(NASA);
        int compared = 0;
        int bitIdentical = 0;

        for (String[] row : csv("nasa-1995-08-01-stretch.csv")) {
            Instant minute = instant(row[0]);
            forecaster.observe(minute, Double.parseDouble(row[1]));
            double[] expected = python.get(minute);
            if (expected == null) {
                assertThat(forecaster.forecast(1)).as("no forecast at %s", minute).isNaN();
                continue;
            }
            float[] raw = forecaster.rawScores();
            for (int i = 0; i < 3; i++) {
                assertThat((double) raw[i])
                        .as("raw output %d at %s", i, minute)
                        .isCloseTo(expected[i], within(TOLERANCE * Math.abs(expected[i])));
                bitIdentical += raw[i] == (float) expected[i] ? 1 : 0;
                double forecast = forecaster.forecast(model.horizons()[i]);
                assertThat(forecast)
                        .as("forecast %d at %s", i, minute)
                        .isCloseTo(expected[3 + i], within(TOLERANCE * expected[3 + i] + 1e-9));
            }
            compared++;
        }

        assertThat(compared).isGreaterThan(3000);
        assertThat(bitIdentical).isEqualTo(3 * compared);
    }

    @Test
    void registry_shippedModel_reproducesXgboostOnTheReferenceRows() {
        ReferenceCheck check = ModelRegistry.bundled().verify(LoadForecastModel.NAME);

        assertThat(check.rows()).isEqualTo(8);
        assertThat(check.worstError()).as(check.toString()).isZero();
    }

    private static Map<Instant, double[]> pythonForecasts() throws IOException {
        Map<Instant, double[]> forecasts = new HashMap<>();
        for (String[] row : csv("nasa-1995-08-01-forecasts.csv")) {
            double[] values = new double[6];
            for (int i = 0; i < 6; i++) {
                values[i] = Double.parseDouble(row[1 + i]);
            }
            forecasts.put(instant(row[0]), values);
        }
        return forecasts;
    }

    static Instant instant(String local) {
        return LocalDateTime.parse(local, MINUTE).toInstant(NASA);
    }

    static List<String[]> csv(String name) throws IOException {
        try (InputStream in = TreeLoadForecasterReferenceTest.class.getResourceAsStream(name);
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",")).toList();
        }
    }
}
