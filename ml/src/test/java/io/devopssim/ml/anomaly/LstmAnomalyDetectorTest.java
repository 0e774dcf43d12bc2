package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devopssim.core.anomaly.AnomalyDetector;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LstmAnomalyDetectorTest {

    private static final int WINDOW = 60;
    private static final long SEED = 7;
    private static final double STEP = 300;

    private final Supplier<AnomalyDetector> detectors =
            AnomalyDetectors.lstm(new LastValueEngine(WINDOW), WINDOW, normalisation());

    static JsonNode normalisation() {
        return new ObjectMapper()
                .createObjectNode()
                .put("alphaMin", 0.002)
                .put("relativeStdFloor", 1e-3)
                .put("absoluteStdFloor", 1e-6)
                .put("clip", 10.0);
    }

    /** Daily-like sine with noise, a level shift at 2,500 and a spike at 3,200. */
    static double[] series(long seed, int n) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 50 + 10 * Math.sin(2 * Math.PI * i / 288) + random.nextGaussian();
            x[i] += i >= 2500 ? 15 : 0;
            x[i] += i == 3200 ? 80 : 0;
        }
        return x;
    }

    private static double[] run(AnomalyDetector detector, double[] x) {
        double[] scores = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scores[i] = detector.score(1_000_000 + i * STEP, x[i]);
        }
        return scores;
    }

    @Test
    void score_anySeries_staysInUnitInterval() {
        double[] scores = run(detectors.get(), series(SEED, 4000));

        assertThat(Arrays.stream(scores).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
        assertThat(Arrays.stream(scores).max().orElseThrow()).isLessThanOrEqualTo(1.0);
        assertThat(scores).contains(1.0);
    }

    @Test
    void score_warmUp_isZero() {
        double[] scores = run(detectors.get(), series(SEED, 4000));

        for (int i = 0; i < LstmAnomalyDetector.WARM_UP; i++) {
            assertThat(scores[i]).as("point %d", i).isZero();
        }
    }

    @Test
    void score_spikeAfterWarmUp_scoresOneThenSuppresses() {
        double[] scores = run(detectors.get(), series(SEED, 4000));

        assertThat(scores[3200]).isEqualTo(1.0);
        for (int i = 3201; i <= 3200 + LstmAnomalyDetector.SUPPRESS_POINTS; i++) {
            assertThat(scores[i]).as("point %d", i).isZero();
        }
    }

    @Test
    void score_constantSeries_isZero() {
        double[] x = new double[2000];
        Arrays.fill(x, 42.5);

        assertThat(run(detectors.get(), x)).containsOnly(0.0);
    }

    @Test
    void score_hugeButAllowedValues_staysInUnitInterval() {
        double[] x = series(SEED, 1500);
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % 2 == 0 ? 1 : -1) * 1e99 * x[i] / 100;
        }

        double[] scores = run(detectors.get(), x);

        assertThat(Arrays.stream(scores).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
        assertThat(Arrays.stream(scores).max().orElseThrow()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void score_sameInputTwice_givesIdenticalScores() {
        double[] x = series(SEED, 3000);

        assertThat(run(detectors.get(), x)).containsExactly(run(detectors.get(), x));
    }

    @Test
    void score_missingPoints_scoreZeroAndChangeNothing() {
        double[] x = series(SEED, 3000);
        AnomalyDetector gappy = detectors.get();
        double[] plain = run(detectors.get(), x);

        for (int i = 0; i < x.length; i++) {
            double t = 1_000_000 + i * STEP;
            if (i % 7 == 3) {
                assertThat(gappy.score(t - STEP / 2, Double.NaN)).isZero();
            }
            assertThat(gappy.score(t, x[i])).as("point %d", i).isEqualTo(plain[i]);
        }
    }

    @Test
    void score_timeNotIncreasing_throwsNamingTheTime() {
        AnomalyDetector detector = detectors.get();
        detector.score(100.0, 1.0);

        assertThatThrownBy(() -> detector.score(100.0, 2.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epochSeconds 100.0")
                .hasMessageContaining("previous point's 100.0");
        assertThatThrownBy(() -> detector.score(99.5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99.5");
    }

    @Test
    void score_infiniteOrHugeValueOrBadTime_throwsNamingIt() {
        AnomalyDetector detector = detectors.get();

        assertThatThrownBy(() -> detector.score(1.0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value is Infinity");
        assertThatThrownBy(() -> detector.score(1.0, -1e200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value is -1.0E200")
                .hasMessageContaining("within +-1.0E100");
        assertThatThrownBy(() -> detector.score(Double.NaN, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epochSeconds is NaN");
    }

    @Test
    void score_rejectedPoint_leavesStateUnchanged() {
        double[] x = series(SEED, 1000);
        AnomalyDetector detector = detectors.get();
        double[] plain = run(detectors.get(), x);

        for (int i = 0; i < x.length; i++) {
            double t = 1_000_000 + i * STEP;
            if (i > 0 && i % 100 == 0) {
                assertThatThrownBy(() -> detector.score(t - STEP, 5.0))
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(detector.score(t, x[i])).isEqualTo(plain[i]);
        }
    }

    @Test
    void get_twice_givesIndependentDetectors() {
        double[] x = series(SEED, 2000);
        AnomalyDetector first = detectors.get();
        AnomalyDetector second = detectors.get();
        double[] alone = run(detectors.get(), x);

        for (int i = 0; i < x.length; i++) {
            double t = 1_000_000 + i * STEP;
            second.score(t, -x[i]);
            assertThat(first.score(t, x[i])).isEqualTo(alone[i]);
        }
    }
}
