package io.devopssim.core.autoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PredictiveAutoscalerTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    /** 5 rps per replica, lead time 100 s, at most 20 replicas, scale-down window 300 s. */
    private static PredictiveSettings settings() {
        return new PredictiveSettings(START, 100, 5, 20, 300);
    }

    /** Feeds whole minutes of arrivals up to {@code time} in 15 s steps. */
    private static void feed(PredictiveAutoscaler p, double from, double to, double rps) {
        for (double t = from; t < to; t += 15) {
            p.observeArrivals(t, rps, 15);
        }
    }

    private static int syncAt(PredictiveAutoscaler p, double time, int current) {
        TestScalingInput input = new TestScalingInput(0);
        input.time = time;
        input.currentReplicas = current;
        return p.recommend(input);
    }

    @Test
    void recommend_noMinuteSeenYet_answersTheReactiveCount() {
        ScriptedForecaster forecaster =
                new ScriptedForecaster(1, 5).answer(1, 6000).answer(5, 6000);
        PredictiveAutoscaler p =
                PredictiveAutoscaler.of(new ScriptedAutoscaler(3), forecaster, settings());

        assertThat(syncAt(p, 0, 3)).isEqualTo(3);
        assertThat(p.lastReason()).startsWith("HPA: scripted 3").endsWith("(no forecast)");
    }

    @Test
    void recommend_forecastAboveReactive_predictionWinsAndReasonNamesBoth() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1, 5).answer(1, 60).answer(5, 2400);
        PredictiveAutoscaler p =
                PredictiveAutoscaler.of(new ScriptedAutoscaler(3), forecaster, settings());
        feed(p, 0, 120, 1);

        int desired = syncAt(p, 120, 3);

        // 2400 req/min is 40 rps; at 5 rps per replica that needs 8.
        assertThat(desired).isEqualTo(8);
        assertThat(p.lastReason())
                .isEqualTo("predicted 2400 req/min in 5 min needs 8 replicas; HPA asked 3");
    }

    @Test
    void recommend_reactiveAbovePrediction_reactiveWinsAndSaysSo() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1, 5).answer(1, 60).answer(5, 60);
        PredictiveAutoscaler p =
                PredictiveAutoscaler.of(new ScriptedAutoscaler(7), forecaster, settings());
        feed(p, 0, 120, 1);

        assertThat(syncAt(p, 120, 3)).isEqualTo(7);
        assertThat(p.lastReason())
                .isEqualTo("HPA: scripted 7; predicted 60 req/min in 1 min needs 1 replica");
    }

    @Test
    void recommend_horizonBeyondTheLeadTime_isNotLookedAt() {
        ScriptedForecaster forecaster =
                new ScriptedForecaster(1, 5, 15).answer(1, 300).answer(5, 600).answer(15, 60_000);
        PredictiveAutoscaler p =
                PredictiveAutoscaler.of(new ScriptedAutoscaler(1), forecaster, settings());
        feed(p, 0, 120, 1);

        // Ready at 220 s: minute 3, two after the last seen (minute 1); horizon 5 covers it.
        assertThat(syncAt(p, 120, 1)).isEqualTo(2);
    }

    @Test
    void recommend_leadTimePastEveryHorizon_usesTheLongestAndAllShorterOnes() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1, 5).answer(1, 1200).answer(5, 600);
        PredictiveSettings longLead = new PredictiveSettings(START, 900, 5, 20, 300);
        PredictiveAutoscaler p =
                PredictiveAutoscaler.of(new ScriptedAutoscaler(1), forecaster, longLead);
        feed(p, 0, 60, 1);

        assertThat(syncAt(p, 60, 1)).isEqualTo(4);
        assertThat(p.lastReason()).contains("1200 req/min in 1 min needs 4");
    }

    @Test
    void recommend_forecastNaN_answersExactlyWhatTheReactivePolicyAnswers() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1, 5).answer(1, 6000);
        ScriptedAutoscaler reactive = new ScriptedAutoscaler(1);
        PredictiveAutoscaler p = PredictiveAutoscaler.of(reactive, forecaster, settings());
        SplittableRandom random = new SplittableRandom(7);

        for (int k = 0; k < 200; k++) {
            feed(p, k * 15.0, k * 15.0 + 15, 2);
            reactive.answer = random.nextInt(1, 21);
            assertThat(syncAt(p, k * 15.0 + 15, 5)).isEqualTo(reactive.answer);
        }
        assertThat(reactive.calls).isEqualTo(200);
    }

    @Test
    void recommend_anyForecastAndReactiveAnswer_isNeverBelowTheReactiveOrAboveTheCap() {
        ScriptedForecaster forecaster = new ScriptedForecaster(1, 5);
        ScriptedAutoscaler reactive = new ScriptedAutoscaler(1);
        PredictiveAutoscaler p = PredictiveAutoscaler.of(reactive, forecaster, settings());
        SplittableRandom random = new SplittableRandom(11);

        for (int k = 0; k < 500; k++) {
            feed(p, k * 15.0, k * 15.0 + 15, 2);
            forecaster
                    .answer(1, random.nextDouble(0, 12_000))
                    .answer(5, random.nextDouble(0, 12_000));
            reactive.answer = random.nextInt(1, 21);
            int desired = syncAt(p, k * 15.0 + 15, 5);
            assertThat(desired).isBetween(reactive.answer, 20);
        }
    }

    @Test
    void recommend_predictionFalls_keepsItsReplicasForTheScaleDownWindow() {
        ScriptedForecaster forecaster =
                new ScriptedForecaster(1, 5).answer(1, 2400).answer(5, 2400);
        PredictiveAutoscaler p =
                PredictiveAutoscaler.of(new ScriptedAutoscaler(1), forecaster, settings());
        feed(p, 0, 60, 1);
        assertThat(syncAt(p, 60, 1)).isEqualTo(8);

        forecaster.answer(1, 60).answer(5, 60);
        feed(p, 60, 300, 1);
        assertThat(syncAt(p, 300, 8)).isEqualTo(8);
        assertThat(p.lastReason()).startsWith("holding 8 replicas predicted within the last 300 s");

        feed(p, 300, 375, 1);
        assertThat(syncAt(p, 375, 8)).isEqualTo(1);
    }

    @Test
    void of_forecasterWithoutHorizons_isRefused() {
        ScriptedForecaster none = new ScriptedForecaster();

        assertThatThrownBy(
                        () -> PredictiveAutoscaler.of(new ScriptedAutoscaler(1), none, settings()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizons");
    }

    @Test
    void settings_invalidValues_areAllReportedAtOnce() {
        assertThatThrownBy(() -> new PredictiveSettings(START, -1, 0, 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leadTimeSeconds must be finite and at least 0, was -1.0")
                .hasMessageContaining("scaleDownWindowSeconds")
                .hasMessageContaining("requestsPerSecondPerReplica")
                .hasMessageContaining("maxReplicas must be at least 1, was 0");
    }
}
