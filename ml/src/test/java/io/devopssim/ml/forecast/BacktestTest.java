package io.devopssim.ml.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.ml.forecast.BacktestTable.HorizonScores;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BacktestTest {

    private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    private static final int DAY = 1440;
    private static LoadForecastModel model;

    @BeforeAll
    static void load() {
        model = LoadForecastModel.bundled();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static BacktestTable run(double[] y, int from) {
        return Backtest.run(model, y, START, ZoneOffset.UTC, from);
    }

    @Test
    void run_rampSeries_baselinesHaveTheirErrorsByHand() {
        double[] y = new double[2 * DAY];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + i;
        }

        BacktestTable table = run(y, DAY);

        for (HorizonScores row : table.horizons()) {
            int h = row.horizon();
            // persistence misses by h, seasonal naive by a day, on every row
            assertThat(row.persistence().rmse()).isCloseTo(h, within(1e-9));
            assertThat(row.seasonalNaive().rmse()).isCloseTo(DAY, within(1e-9));
            double mape = 0;
            for (int t = DAY; t <= y.length - 16; t++) {
                mape += h / y[t + h];
            }
            assertThat(row.persistence().mape()).isCloseTo(100 * mape / row.rows(), within(1e-9));
            assertThat(row.rows()).isEqualTo(DAY - 15);
        }
    }

    @Test
    void run_constantSeries_modelStaysNearTheLevel() {
        double[] y = new double[2 * DAY];
        Arrays.fill(y, 50);

        BacktestTable table = run(y, DAY);

        for (HorizonScores row : table.horizons()) {
            assertThat(row.persistence().rmse()).isZero();
            assertThat(row.model().rmse()).isLessThan(10);
            assertThat(row.improvementPercent()).isEqualTo(Double.NEGATIVE_INFINITY);
        }
    }

    @Test
    void run_zeroActuals_areLeftOutOfMapeOnly() {
        double[] y = new double[2 * DAY];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0 ? 0 : 60;
        }

        HorizonScores row = run(y, DAY).horizons().get(0);

        assertThat(row.rows()).isEqualTo(DAY - 15);
        // t runs over [DAY, 2 DAY - 16]; minute t + 1 is busy when t is even: 713 of 1425 rows
        assertThat(row.mapeRows()).isEqualTo(713);
        assertThat(row.persistence().rmse()).isCloseTo(60, within(1e-9));
        assertThat(row.persistence().mape()).isCloseTo(100, within(1e-9));
    }

    @Test
    void run_longGapInTheDayBefore_dropsTheRowsSeasonalNaiveCannotPredict() {
        double[] y = new double[2 * DAY];
        Arrays.fill(y, 30);
        Arrays.fill(y, 100, 200, Double.NaN);

        HorizonScores row = run(y, DAY).horizons().get(0);

        // minutes t + 1 - DAY in [100, 200) have no seasonal prediction
        assertThat(row.rows()).isEqualTo(DAY - 15 - 100);
    }

    @Test
    void zeroFillShortGaps_runsUpToTheLimit_becomeZeroAndLongerOnesStayMissing() {
        double[] y = {1, Double.NaN, Double.NaN, 2, Double.NaN, Double.NaN, Double.NaN, 3};

        double[] filled = Backtest.zeroFillShortGaps(y, 2);

        assertThat(filled).containsExactly(1, 0, 0, 2, Double.NaN, Double.NaN, Double.NaN, 3);
        assertThat(y[1]).isNaN();
    }

    @Test
    void run_negativeCount_namesTheMinute() {
        double[] y = new double[100];
        y[42] = -3;

        assertThatThrownBy(() -> run(y, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minute 42 is -3.0");
    }

    @Test
    void run_fromOutsideTheTrace_isRejected() {
        assertThatThrownBy(() -> run(new double[10], 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fromMinute is 10");
    }
}
